package studio.backprop.teaching;

/**
 * What differs between the Markdown and the LaTeX handout: headings, display math and the frame of the
 * document. Text and inline math ({@code $...$}) are written the same way in both.
 */
enum Dialect {
    MARKDOWN {
        @Override
        void begin(StringBuilder doc, String title) {
            doc.append("# ").append(title).append("\n\n");
        }

        @Override
        void heading(StringBuilder doc, int level, String text) {
            doc.append("#".repeat(level + 1)).append(' ').append(text).append("\n\n");
        }

        @Override
        void display(StringBuilder doc, String math) {
            doc.append("$$\n").append(math).append("\n$$\n\n");
        }

        @Override
        void end(StringBuilder doc) {
        }
    },
    LATEX {
        @Override
        void begin(StringBuilder doc, String title) {
            doc.append("\\documentclass{article}\n")
                    .append("\\usepackage{amsmath}\n")
                    // The widest formulas (an update of a 2x4 matrix) need more than the default text width.
                    .append("\\usepackage[margin=2cm]{geometry}\n")
                    .append("\\setlength{\\parindent}{0pt}\n")
                    .append("\\begin{document}\n\n")
                    .append("\\begin{center}\\Large ").append(title).append("\\end{center}\n\n");
        }

        @Override
        void heading(StringBuilder doc, int level, String text) {
            doc.append(level == 1 ? "\\section*{" : "\\subsection*{").append(text).append("}\n\n");
        }

        @Override
        void display(StringBuilder doc, String math) {
            doc.append("\\[\n").append(math).append("\n\\]\n\n");
        }

        @Override
        void end(StringBuilder doc) {
            doc.append("\\end{document}\n");
        }
    };

    abstract void begin(StringBuilder doc, String title);

    /** @param level 1 for a section (a point, the sums, the update), 2 for a part of one (forward, ...) */
    abstract void heading(StringBuilder doc, int level, String text);

    /** Display math; {@code math} may hold an aligned environment. */
    abstract void display(StringBuilder doc, String math);

    abstract void end(StringBuilder doc);

    /** A paragraph of text with inline math. */
    void paragraph(StringBuilder doc, String text) {
        doc.append(text).append("\n\n");
    }
}
