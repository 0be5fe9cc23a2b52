package org.annocorpus.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;

import org.annocorpus.pipeline.PipelineBuilder;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.pipeline.PipelineParser;
import org.apache.uima.resource.ResourceInitializationException;
import org.xml.sax.SAXException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corpus pipeline}: work with pipeline definitions. */
@Command(name = "pipeline", mixinStandardHelpOptions = true, description = "Check and describe pipeline definitions.",
        subcommands = PipelineCommand.Describe.class)
public class PipelineCommand {

    /** {@code corpus pipeline describe FILE}: the equivalent UIMA descriptor XML. */
    @Command(name = "describe", mixinStandardHelpOptions = true,
            description = "Check a pipeline file and print the equivalent UIMA aggregate analysis engine descriptor.")
    static class Describe implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "Pipeline file, or the name of one in pipelines/.")
        String pipeline;

        @Option(names = "--input", description = "Value of $${input} (kept as written by default).")
        String input;

        @Option(names = "--output", description = "Value of $${output} (kept as written by default).")
        String output;

        @Option(names = "--reader", description = "Print the collection reader's descriptor instead.")
        boolean reader;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(ProjectPaths.pipeline(pipeline),
                        Map.of("input", input != null ? input : "${input}", "output", output != null ? output : "${output}")));
                ByteArrayOutputStream xml = new ByteArrayOutputStream();
                if (reader) {
                    built.reader().toXML(xml);
                } else {
                    built.aggregate().toXML(xml);
                }
                out.println(xml.toString(StandardCharsets.UTF_8));
                out.flush();
                return ExitCodes.OK;
            } catch (PipelineDefinitionException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return ExitCodes.USAGE;
            } catch (ResourceInitializationException | SAXException | IOException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return ExitCodes.USAGE;
            }
        }
    }
}
