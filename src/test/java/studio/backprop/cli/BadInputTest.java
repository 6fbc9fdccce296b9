package studio.backprop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.Fixtures;
import studio.backprop.io.NetworkFile;

/**
 * Malformed files and command lines: exit 2 and exactly one line on the error stream naming the file or
 * option, the place and the problem ({@link CliRun#rejectedWith} checks the shape of the message).
 */
class BadInputTest {
    private static final String CHAPTER_LAYER_2_AND_3 = "{\"weights\": [[10, 10, 0, 0], [0, 0, 10, 10]], \"biases\": [-12.5, -12.5]},\n"
            + " {\"weights\": [[10, 10]], \"biases\": [-2.5]}";

    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path.toString();
    }

    private String network(String firstLayer) throws IOException {
        return file("net.json", "{\"layers\": [" + firstLayer + ",\n " + CHAPTER_LAYER_2_AND_3 + "]}");
    }

    @Test
    void aDivergingRunEndsWithOneLineNamingTheIterationAndTheRate() throws IOException {
        Path net = dir.resolve("linear.json");
        NetworkFile.write(Fixtures.linearChapterNetwork(), net);
        CliRun.of("train", "--network", net.toString(), "--lr", "10")
                .rejectedWith("--lr", "diverged at iteration", "learning rate 10", "NaN or infinite");
    }

    @Test
    void aMissingNetworkFileIsNamed() {
        CliRun.of("train", "--network", dir.resolve("nowhere.json").toString()).rejectedWith("nowhere.json", "not found");
    }

    @Test
    void truncatedJsonIsReportedWithItsLine() throws IOException {
        String net = file("net.json", "{\"layers\": [{\"weights\": [[5], [-5]");
        CliRun.of("train", "--network", net).rejectedWith("net.json", "line 1", "not valid JSON");
    }

    @Test
    void anUnknownActivationIsNamedWithItsLayer() throws IOException {
        String net = network("{\"activation\": \"softplus\", \"weights\": [[5], [-5], [5], [-5]], \"biases\": [0, 0, 0, 0]}");
        CliRun.of("explain", "--network", net).rejectedWith("net.json", "layer 1", "unknown activation \"softplus\"");
    }

    @Test
    void weightsOfTheWrongShapeAreReportedWithLayerAndRow() throws IOException {
        String net = network("{\"weights\": [[5], [-5], [5, 1], [-5]], \"biases\": [0, 0, 0, 0]}");
        CliRun.of("train", "--network", net).rejectedWith("net.json", "layer 1 \"weights\"", "row 3", "2 columns");
    }

    @Test
    void aWeightTooLargeToBeFiniteIsRejected() throws IOException {
        String net = network("{\"weights\": [[5], [1e999], [5], [-5]], \"biases\": [0, 0, 0, 0]}");
        CliRun.of("bench", "--network", net).rejectedWith("net.json", "row 2, column 1", "too large to be finite");
    }

    @Test
    void aCsvLineWithThreeFieldsIsReportedWithItsLine() throws IOException {
        String data = file("points.csv", "x,y\n0,0\n0.5,1,2\n");
        CliRun.of("train", "--data", data).rejectedWith("points.csv", "line 3", "3 fields", "expected 2");
    }

    @Test
    void aCsvFieldThatIsNotANumberIsReportedWithLineAndColumn() throws IOException {
        String data = file("points.csv", "0,0\n0.25,abc\n");
        CliRun.of("explain", "--data", data).rejectedWith("points.csv", "line 2, column 2 (y)", "\"abc\" is not a number");
    }

    @Test
    void anEmptyCsvHasNoPoints() throws IOException {
        String data = file("points.csv", "");
        CliRun.of("train", "--data", data).rejectedWith("points.csv", "no data points");
    }

    @Test
    void aLearningRateThatIsNotANumberIsRejected() {
        CliRun.of("train", "--lr", "abc").rejectedWith("--lr: \"abc\" is not a number");
    }

    @Test
    void aNegativeLearningRateIsRejected() {
        CliRun.of("explain", "--lr", "-1").rejectedWith("--lr: must be a positive number, got -1");
    }

    @Test
    void aZeroLearningRateIsRejected() {
        CliRun.of("train", "--lr", "0").rejectedWith("--lr: must be a positive number, got 0");
    }

    @Test
    void anInfiniteLearningRateIsRejected() {
        CliRun.of("train", "--lr", "1e999").rejectedWith("--lr", "finite");
    }

    @Test
    void negativeIterationsAreRejected() {
        CliRun.of("train", "--iterations", "-5").rejectedWith("--iterations: must be at least 0, got -5");
    }

    @Test
    void iterationsThatAreNotAWholeNumberAreRejected() {
        CliRun.of("explain", "--iterations", "2.5").rejectedWith("--iterations: \"2.5\" is not a whole number");
    }

    @Test
    void aReportBeyondTheIterationsIsRejected() {
        CliRun.of("train", "--report", "0,2000").rejectedWith("--report: 2,000 is beyond --iterations 1,000");
    }

    @Test
    void aNegativeReportIterationIsRejected() {
        CliRun.of("train", "--report", "1,-1").rejectedWith("--report: must be at least 0, got -1");
    }

    @Test
    void anUnknownOptionIsNamed() {
        CliRun.of("train", "--foo").rejectedWith("unknown option --foo");
    }

    @Test
    void anUnknownSubcommandIsNamedWithTheKnownOnes() {
        CliRun.of("fit").rejectedWith("unknown subcommand \"fit\"", "train, explain, bench");
    }

    @Test
    void digitsOutOfRangeAreRejected() {
        CliRun.of("train", "--digits", "40").rejectedWith("--digits: must be between 0 and 17, got 40");
    }

    @Test
    void anOptionWithoutItsValueIsRejected() {
        CliRun.of("train", "--lr").rejectedWith("--lr: needs a value");
    }

    @Test
    void anOptionGivenTwiceIsRejected() {
        CliRun.of("train", "--lr", "0.1", "--lr", "0.2").rejectedWith("--lr: given more than once");
    }

    @Test
    void benchNeedsAtLeastOneIteration() {
        CliRun.of("bench", "--iterations", "0").rejectedWith("--iterations: must be at least 1");
    }

    @Test
    void aFolderGivenAsDataIsRejected() {
        CliRun.of("train", "--data", dir.toString()).rejectedWith("is a folder");
    }
}
