package studio.backprop.teaching;

/**
 * A piece of a formula and its rough width in ems, so that a view can break a long equation over lines
 * before it is typeset: an image cannot wrap. Documents use only {@link #tex}.
 */
public record Piece(String tex, double em) {
    /** No piece: a step with nothing to fill in. */
    public static final Piece EMPTY = new Piece("", 0);

    public static Piece of(String tex, double em) {
        return new Piece(tex, em);
    }

    /** This piece, a space, then {@code next}. */
    public Piece then(Piece next) {
        return new Piece(tex + " " + next.tex, em + next.em);
    }

    /** This piece, a space, then {@code tex} of about {@code em} ems. */
    public Piece then(String tex, double em) {
        return then(of(tex, em));
    }

    public boolean isEmpty() {
        return tex.isEmpty();
    }
}
