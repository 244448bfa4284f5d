/**
 * The auth service's JAX-RS resources, implementing the interfaces generated from openapi/auth.yaml,
 * and the mapping between the contract's models and the domain; resources map and delegate.
 */
package org.tracseq.auth.api;
