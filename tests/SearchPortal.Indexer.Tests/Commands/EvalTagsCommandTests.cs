using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Commands;

public sealed class EvalTagsCommandTests
{
    private static readonly string DevSet = Path.Combine(IndexerProcess.RepoRoot, "tests", "SearchPortal.Core.Tests", "TestData", "enrichment-devset.jsonl");

    [Fact]
    public void EvalTags_DevSetJson_PrintsPrecisionAndRecallPerDimension()
    {
        // Act
        var run = IndexerProcess.Run("eval", "--collection", "tags", "--data", DevSet, "--json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(70, root.GetProperty("articles").GetInt32());
        foreach (var dimension in new[] { "countries", "divisions", "crimeTypes", "groups" })
        {
            var score = root.GetProperty(dimension);
            Assert.InRange(score.GetProperty("precision").GetDouble(), 0.8, 1);
            Assert.InRange(score.GetProperty("recall").GetDouble(), 0.85, 1);
        }
        Assert.Equal(0, root.GetProperty("wrongCountry").GetArrayLength());
    }

    [Fact]
    public void EvalTags_Table_NamesTheDimensionsAndTheWrongCountryCount()
    {
        // Act
        var run = IndexerProcess.Run("eval", "--collection", "tags", "--data", DevSet);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Focus tags on 70 labelled articles", run.Output);
        Assert.Contains("crimeTypes", run.Output);
        Assert.Contains("Wrong-country tags (focus or mention in a country the article does not name): 0", run.Output);
    }

    [Fact]
    public void EvalTags_MissingData_ExitsWithClearError()
    {
        // Act
        var run = IndexerProcess.Run("eval", "--collection", "tags", "--data", "/nonexistent/devset.jsonl");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Not found: /nonexistent/devset.jsonl", run.Error);
    }
}
