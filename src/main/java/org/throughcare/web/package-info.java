/** Layout, error pages, shared GOV.UK fragments and the small view models they render. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.throughcare.web;
