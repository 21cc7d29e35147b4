using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Ingestion;

public sealed class Utf8LineReaderTests
{
    [Fact]
    public void ReadLines_BlankAndBadLines_SkipsBlanksAndReportsBadLinesByNumber()
    {
        // Arrange: blank, whitespace-only, CRLF-blank and BOM-only lines are skipped; line 6 is not UTF-8.
        byte[] bytes = [.. "first\n\n  \t\n\r\n"u8, .. "\uFEFF\n"u8, .. "bad "u8, 0xFF, .. "\nlast\r\n"u8];
        using var stream = new MemoryStream(bytes);

        // Act
        var lines = Utf8LineReader.ReadLines(stream, maxLineBytes: 1_000).ToList();

        // Assert
        Assert.Equal(3, lines.Count);
        Assert.Equal((1, "first", null), lines[0]);
        Assert.Equal(6, lines[1].Line);
        Assert.Null(lines[1].Text);
        Assert.StartsWith("not valid UTF-8", lines[1].Reason);
        Assert.Equal((7, "last", null), lines[2]);
    }
}
