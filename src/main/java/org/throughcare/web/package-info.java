/** Layout, error pages, shared GOV.UK fragments and the small view models they render. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.throughcare.web;

import org.springframework.modulith.ApplicationModule;
