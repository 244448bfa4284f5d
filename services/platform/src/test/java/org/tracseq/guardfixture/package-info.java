/**
 * A resource whose guards disagree with its contract ({@code META-INF/tracseq/openapi/guardfixture.yaml}
 * in the test resources) in every way {@code ContractRolesTest} shows {@code ContractRoles} catches.
 * Not a real service.
 */
package org.tracseq.guardfixture;
