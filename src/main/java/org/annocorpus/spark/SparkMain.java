package org.annocorpus.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.annocorpus.cli.CorpusCli;

/**
 * The main class for {@code spark-submit}: the arguments of {@code corpus spark}, the master taken from
 * spark-submit. {@code spark-submit --class org.annocorpus.spark.SparkMain ... annocorpus.jar --input ...}
 */
public final class SparkMain {

    private SparkMain() {
    }

    public static void main(String[] args) {
        List<String> command = new ArrayList<>(List.of("spark"));
        command.addAll(Arrays.asList(args));
        CorpusCli.main(command.toArray(new String[0]));
    }
}
