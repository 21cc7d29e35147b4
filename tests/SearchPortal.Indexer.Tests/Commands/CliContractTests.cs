using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Commands;

public sealed class CliContractTests : IDisposable
{
    private readonly string _index = Path.Combine(Path.GetTempPath(), "sp-cli-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void BuildThenSearchJson_IllegalMiningOnSeeds_PrintsContractDocument()
    {
        // Arrange
        var build = IndexerProcess.Run("build", "--input", Path.Combine(IndexerProcess.RepoRoot, "seeds"), "--index", _index);

        // Act
        var search = IndexerProcess.Run("search", "--index", _index, "--query", "\"illegal mining\"", "--json");

        // Assert
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("Indexed 5 articles", build.Output);
        Assert.Contains("Reported 0 input(s)", build.Output);
        Assert.Equal(0, search.ExitCode);
        using var json = JsonDocument.Parse(search.Output);
        var hits = json.RootElement.GetProperty("hits");
        Assert.Equal(4, json.RootElement.GetProperty("total").GetInt32());
        Assert.All(hits.EnumerateArray(), h => Assert.Contains("<mark>illegal mining</mark>", h.GetProperty("snippets")[0].GetString()));
        var dialogo = hits.EnumerateArray().Single(h => h.GetProperty("source").GetString() == "002_ddcfda71de16544c.txt");
        Assert.Equal("Diálogo", dialogo.GetProperty("outlet").GetString());
        Assert.Equal(2020, dialogo.GetProperty("year").GetInt32());
        Assert.Equal("2020-09-17", dialogo.GetProperty("published").GetString());
        Assert.True(json.RootElement.GetProperty("facets").TryGetProperty("region", out _));
    }

    [Fact]
    public void Search_TerminalOutput_ShowsMarksAsBracketsWithoutTags()
    {
        // Arrange
        IndexerProcess.Run("build", "--input", Path.Combine(IndexerProcess.RepoRoot, "seeds"), "--index", _index);

        // Act
        var search = IndexerProcess.Run("search", "--index", _index, "--query", "\"illegal mining\"");

        // Assert
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("4 result(s)", search.Output);
        Assert.Contains("[illegal mining]", search.Output);
        Assert.DoesNotContain("<mark>", search.Output);
    }

    [Fact]
    public void Search_UnknownFilterDimension_AnswersEmptyWithNotice()
    {
        // Arrange
        IndexerProcess.Run("build", "--input", Path.Combine(IndexerProcess.RepoRoot, "seeds"), "--index", _index);

        // Act
        var search = IndexerProcess.Run("search", "--index", _index, "--query", "mining", "--filter", "colour=red", "--json");

        // Assert
        Assert.Equal(0, search.ExitCode);
        using var json = JsonDocument.Parse(search.Output);
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
        Assert.Contains("colour", json.RootElement.GetProperty("notices")[0].GetString());
    }

    [Fact]
    public void Search_MatchMentions_FindsCountryTheSeedsOnlyMention()
    {
        // Arrange
        IndexerProcess.Run("build", "--input", Path.Combine(IndexerProcess.RepoRoot, "seeds"), "--index", _index);

        // Act
        var about = IndexerProcess.Run("search", "--index", _index, "--filter", "region=Brazil", "--json");
        var mentions = IndexerProcess.Run("search", "--index", _index, "--filter", "region=Brazil", "--match", "mentions", "--json");

        // Assert
        Assert.Equal(0, about.ExitCode);
        Assert.Equal(0, mentions.ExitCode);
        using var aboutJson = JsonDocument.Parse(about.Output);
        using var mentionsJson = JsonDocument.Parse(mentions.Output);
        Assert.Equal(0, aboutJson.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("about", aboutJson.RootElement.GetProperty("match").GetString());
        Assert.Equal(3, mentionsJson.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("mentions", mentionsJson.RootElement.GetProperty("match").GetString());
        Assert.All(mentionsJson.RootElement.GetProperty("hits").EnumerateArray(),
            h => Assert.Contains("Brazil", h.GetProperty("regionMentions").EnumerateArray().Select(r => r.GetString())));
    }

    [Fact]
    public void Search_UnknownMatch_ExitsWithUsageError()
    {
        // Act
        var search = IndexerProcess.Run("search", "--index", _index, "--match", "everything");

        // Assert
        Assert.NotEqual(0, search.ExitCode);
        Assert.Contains("everything", search.Error);
    }

    [Fact]
    public void Build_MissingInput_ExitsWithClearError()
    {
        // Act
        var build = IndexerProcess.Run("build", "--input", "/nonexistent/folder", "--index", _index);

        // Assert
        Assert.Equal(2, build.ExitCode);
        Assert.Contains("Input not found", build.Error);
    }

    [Fact]
    public void Search_MissingIndex_ExitsWithClearError()
    {
        // Act
        var search = IndexerProcess.Run("search", "--index", _index, "--query", "x");

        // Assert
        Assert.Equal(2, search.ExitCode);
        Assert.Contains("No index", search.Error);
    }

    public void Dispose()
    {
        if (Directory.Exists(_index)) Directory.Delete(_index, recursive: true);
    }
}
