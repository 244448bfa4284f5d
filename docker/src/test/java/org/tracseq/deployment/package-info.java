/**
 * Checks of docker/ (Prometheus, compose, Kubernetes) against the tools that read those files and
 * against the services they run: ports, context roots, probe paths and configuration names.
 */
package org.tracseq.deployment;
