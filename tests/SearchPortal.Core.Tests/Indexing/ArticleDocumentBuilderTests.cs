using System.Globalization;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Facets;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Indexing;

public sealed class ArticleDocumentBuilderTests
{
    [Fact]
    public void Build_Article_WritesEveryFacetDimensionInItsOwnField()
    {
        // Arrange
        var article = new Article
        {
            Id = "x",
            Source = "x",
            Title = "t",
            Text = "b",
            Regions = ["Peru/Piura"],
            CrimeTypes = ["Human trafficking", "Human trafficking", "Smuggling"],
            Outlet = "InSight Crime",
            Language = "es",
            Published = new DateOnly(2013, 9, 24),
        };

        // Act
        var document = ArticleDocumentBuilder.Build(article);

        // Assert
        Assert.Equal(["Peru", "Peru/Piura"], FacetFieldsTests.Values(document, FacetSchema.Region));
        Assert.Equal(["2013"], FacetFieldsTests.Values(document, FacetSchema.Year));
        Assert.Equal(["Human trafficking", "Smuggling"], FacetFieldsTests.Values(document, FacetSchema.Crime));
        Assert.Equal(["InSight Crime"], FacetFieldsTests.Values(document, FacetSchema.Outlet));
        Assert.Equal(["es"], FacetFieldsTests.Values(document, FacetSchema.Language));
        Assert.Equal("$facet.crime", FacetSchema.Crime.Field);
        Assert.NotNull(document.GetField(ArticleSchema.BodyEs));
        Assert.Null(document.GetField(ArticleSchema.BodyEn));
    }

    [Fact]
    public void Build_ArticleWithMentions_WritesFocusAndMentionsFieldsAndStoresBothLists()
    {
        // Arrange
        var article = new Article
        {
            Id = "x",
            Source = "x",
            Title = "t",
            Text = "b",
            Regions = ["Mexico/Sinaloa"],
            RegionMentions = ["Mexico/Sinaloa/Culiacán", "Colombia"],
            CrimeTypes = ["Drug trafficking"],
            CrimeTypeMentions = ["Drug trafficking", "Homicide"],
            Groups = ["Sinaloa Cartel"],
            GroupMentions = ["CJNG"],
        };

        // Act
        var document = ArticleDocumentBuilder.Build(article);

        // Assert: the mentions fields hold the focus too, so counting mentions never finds fewer articles.
        Assert.Equal(["Mexico", "Mexico/Sinaloa"], FacetFieldsTests.Values(document, FacetSchema.Region));
        Assert.Equal(["Colombia", "Mexico", "Mexico/Sinaloa", "Mexico/Sinaloa/Culiacán"], FacetFieldsTests.Values(document, FacetSchema.Region, FacetMatch.Mentions));
        Assert.Equal(["Drug trafficking", "Homicide"], FacetFieldsTests.Values(document, FacetSchema.Crime, FacetMatch.Mentions));
        Assert.Equal(["Sinaloa Cartel"], FacetFieldsTests.Values(document, FacetSchema.Group));
        Assert.Equal(["CJNG", "Sinaloa Cartel"], FacetFieldsTests.Values(document, FacetSchema.Group, FacetMatch.Mentions));
        Assert.Equal("$facet.group.mentions", FacetSchema.Group.FieldFor(FacetMatch.Mentions));
        Assert.Equal(["Mexico/Sinaloa/Culiacán", "Colombia"], document.GetValues(ArticleSchema.RegionMentions));
        Assert.Equal(["Sinaloa Cartel"], document.GetValues(ArticleSchema.Groups));
        Assert.Equal(["CJNG"], document.GetValues(ArticleSchema.GroupMentions));
        Assert.Equal(["Drug trafficking", "Homicide"], document.GetValues(ArticleSchema.CrimeTypeMentions));
    }

    [Fact]
    public void Build_ArticleWithoutMetadata_WritesNoFacetField()
    {
        // Arrange
        var article = new Article { Id = "x", Source = "x", Title = "t", Text = "b" };

        // Act
        var document = ArticleDocumentBuilder.Build(article);

        // Assert
        Assert.DoesNotContain(document.Fields, f => f.Name.StartsWith(FacetSchema.FieldPrefix, StringComparison.Ordinal));
        Assert.NotNull(document.GetField(ArticleSchema.BodyEn));
    }

    [Fact]
    public void FacetValues_EveryDimensionOfTheSchema_HasItsSource()
    {
        // Assert
        Assert.Equal(FacetSchema.All.Select(d => d.Name).Order(), ArticleDocumentBuilder.FacetValues.Keys.Select(d => d.Name).Order());
        Assert.Equal(FacetSchema.All.Where(d => d.HasMentions).Select(d => d.Name).Order(), ArticleDocumentBuilder.FacetMentions.Keys.Select(d => d.Name).Order());
        Assert.Equal(["region", "crime", "group"], FacetSchema.All.Where(d => d.HasMentions).Select(d => d.Name));
    }

    [Fact]
    public void Build_PublishedDateUnderThaiBuddhistCulture_StoresAndReadsGregorianDate()
    {
        // Arrange: th-TH formats and parses years in the Buddhist era (2020 is 2563).
        var published = new DateOnly(2020, 9, 17);
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            using var index = new ArticleIndex(ArticleIndex.Article("a", "Police seized gold.") with { Published = published });

            // Act
            var doc = index.Searcher.Doc(index.Searcher.Search(new MatchAllDocsQuery(), 1).ScoreDocs[0].Doc);
            var hit = ArticleHits.From(doc, 1f, HighlightResult.Unmarked("Report"));

            // Assert
            Assert.Equal("2020-09-17", doc.Get(ArticleSchema.Published));
            Assert.Equal(published, hit.Published);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
