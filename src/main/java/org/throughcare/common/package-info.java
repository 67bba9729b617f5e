/** Small types every module shares: the domain exceptions the web layer turns into errors, and the like. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.throughcare.common;

import org.springframework.modulith.ApplicationModule;
