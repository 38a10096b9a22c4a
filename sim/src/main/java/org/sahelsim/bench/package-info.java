/**
 * JMH benchmarks of the model, packaged in the jar:
 * {@code java -cp sim/target/sahelsim.jar org.openjdk.jmh.Main ModelBenchmark} from the project
 * folder. For a quick figure without JMH, {@code sahelsim bench}.
 */
package org.sahelsim.bench;
