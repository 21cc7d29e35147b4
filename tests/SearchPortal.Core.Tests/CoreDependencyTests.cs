using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests;

/// <summary>
/// The dependency rules of Core's pipeline folders (README's layout): no two folders use each other, directly or
/// through others; ingestion knows nothing of searching; facets and highlighting are independent of each other;
/// enrichment knows nothing of facets and, of ingestion, only the <c>Article</c> record it enriches (what the
/// enrichment output becomes in the index is the indexer's one Article-to-document mapping); nothing in Core uses
/// ASP.NET.
/// </summary>
public sealed class CoreDependencyTests
{
    private static readonly FolderGraph Graph = FolderGraph.Of(typeof(ArticleSearcher).Assembly,
        Path.Combine(TestPaths.RepoRoot, "src", "SearchPortal.Core"));

    [Fact]
    public void Graph_CoreAssembly_SeesTheKnownEdges()
    {
        // Assert: the reader finds edges made by signatures, IL and using directives alike, so the rules below can fail.
        Assert.True(Graph.Uses("Search", "Facets"));
        Assert.True(Graph.Uses("Indexing", "Ingestion"));
        Assert.True(Graph.Uses("Evaluation", "Analysis"));
        Assert.Contains("FacetSelection", Graph.TypesUsed("Search", "Facets"));
        Assert.Contains("Article", Graph.TypesUsed("Indexing", "Ingestion"));
        Assert.Contains("Highlighting", Graph.Folders);
    }

    [Fact]
    public void Graph_CoreFolders_HaveNoCycle()
    {
        // Act
        var cycles = Graph.Cycles();

        // Assert
        Assert.True(cycles.Count == 0, "Folders that use each other: " + string.Join("; ", cycles.Select(c =>
            string.Join(", ", c) + " (" + string.Join(", ", Graph.Edges.Where(e => c.Contains(e.From) && c.Contains(e.To)).Select(e => $"{e.From}→{e.To}")) + ")")));
    }

    [Fact]
    public void Graph_Enrichment_UsesOnlyTheArticleRecordOfIngestion()
    {
        // Act
        var used = Graph.TypesUsed("Enrichment", "Ingestion");

        // Assert
        Assert.Equal(["Article"], used);
    }

    [Theory]
    [InlineData("Ingestion", "Search")]
    [InlineData("Enrichment", "Facets")]
    [InlineData("Enrichment", "Indexing")]
    [InlineData("Enrichment", "Search")]
    [InlineData("Facets", "Highlighting")]
    [InlineData("Highlighting", "Facets")]
    public void Graph_Folder_DoesNotUseForbiddenFolder(string from, string to)
    {
        // Assert
        Assert.False(Graph.Uses(from, to), $"{from} uses {to}");
    }

    [Fact]
    public void Assembly_Core_ReferencesNoAspNet()
    {
        // Act
        var references = typeof(ArticleSearcher).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        // Assert
        Assert.Contains(references, r => r.StartsWith("Lucene.Net", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
