/**
 * Small pure decision functions, one class per ODD submodel (the Javadoc of each names its number).
 * They take numbers and return numbers, know nothing of MASON, and are tested exactly.
 */
package org.collectivization.rules;
