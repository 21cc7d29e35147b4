using SearchPortal.Core.Highlighting;

namespace SearchPortal.Core.Tests.Highlighting;

public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(TestPaths.TestData("highlight-sentences.tsv")).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var parts = line.Split('\t');
            data.Add(parts[0].Replace("\\n", "\n"), parts[1].Replace("\\n", "\n"));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_Case_ProducesExpectedSentences(string text, string expected)
    {
        // Arrange
        // Act
        var passages = SentenceSplitter.Split(text);

        // Assert
        Assert.Equal(expected, Describe(text, passages));
    }

    [Fact]
    public void Split_BlankText_ReturnsNoPassages()
    {
        // Arrange
        const string text = "  \n\n \t ";

        // Act
        var passages = SentenceSplitter.Split(text);

        // Assert
        Assert.Empty(passages);
    }

    [Fact]
    public void Split_TextWithoutPunctuation_CutsWindowsOnWordBoundaries()
    {
        // Arrange
        var words = Enumerable.Range(0, 200).Select(i => "word" + i).ToArray();
        var text = string.Join(' ', words);

        // Act
        var passages = SentenceSplitter.Split(text);

        // Assert
        Assert.True(passages.Count >= 6, $"{passages.Count} windows");
        Assert.All(passages, p => Assert.InRange(p.Length, SentenceSplitter.WindowLength / 2, SentenceSplitter.WindowLength + 30));
        Assert.Equal(words, passages.SelectMany(p => text[p.Start..p.End].Split(' ')));
        Assert.Equal(
            passages.Select((_, i) => (i > 0, i < passages.Count - 1)),
            passages.Select(p => (p.CutBefore, p.CutAfter)));
        Assert.True(passages[0].StartsParagraph);
    }

    private static string Describe(string text, List<TextPassage> passages) =>
        string.Concat(passages.Select((p, i) =>
            (i == 0 ? "" : p.StartsParagraph ? " ¶ " : " | ") + text[p.Start..p.End]));
}
