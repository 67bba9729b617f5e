/** Small types every module shares: the domain exceptions the web layer turns into errors. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.throughcare.common;
