/**
 * How messages become JSON. The mapper settings are pinned here, not inherited from library defaults, so the stored
 * shape of an event cannot change when Spring Boot, Jackson or Axon is upgraded.
 */
package id.gotong.serialization;
