/**
 * Server-rendered pages for the public, auditors and agencies (Thymeleaf on WebFlux). Every page works without
 * JavaScript; htmx and a few small scripts only make it quicker to use. Shared here: the language (Indonesian by
 * default, English on request, remembered in a cookie), formatting, the security headers of the pages, and the
 * loopback client to the application's own HTTP API. Each page lives in the package of its feature.
 */
package id.gotong.ui;
