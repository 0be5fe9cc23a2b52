package org.annocorpus.pipeline;

/** A pipeline definition that cannot be run, with the file and line at fault. */
public class PipelineDefinitionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public PipelineDefinitionException(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public PipelineDefinitionException(String file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public String getFile() {
        return file;
    }

    /** 1-based line, or 0 where the problem concerns the whole file. */
    public int getLine() {
        return line;
    }

    @Override
    public String getMessage() {
        return file + (line > 0 ? ":" + line : "") + ": " + super.getMessage();
    }
}
