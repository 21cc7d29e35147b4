using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SearchPortal.Core.Enrichment;
using SearchPortal.Web.Maps;

namespace SearchPortal.Web.Tests.Maps;

public sealed class MapAtlasTests
{
    private static readonly MapAtlas Atlas = MapAtlas.Load();

    [Fact]
    public void Load_OverviewOutlines_AreGazetteerCountriesAllButBarbados()
    {
        // Arrange
        var countries = Gazetteer.Default.Countries.Select(c => c.Path).ToHashSet();

        // Act
        var outlined = Atlas.Overview.Regions.Select(r => r.Path).ToList();

        // Assert
        Assert.Equal(28, outlined.Count);
        Assert.All(outlined, path => Assert.Contains(path, countries));
        Assert.Equal(["Barbados"], countries.Except(outlined));
    }

    [Fact]
    public void Load_PeruOutlines_AreTheGazetteersTwentyFiveDepartments()
    {
        // Arrange
        var departments = Gazetteer.Default.Divisions.Where(d => d.Country == "Peru").Select(d => d.Path).ToHashSet();

        // Act
        var outlined = Atlas.DivisionsOf("Peru")!.Regions.Select(r => r.Path).ToList();

        // Assert
        Assert.Equal(25, departments.Count);
        Assert.Equal(departments.Order(StringComparer.Ordinal), outlined.Order(StringComparer.Ordinal));
        Assert.Contains("Peru/San Martín", outlined);
        Assert.Contains("Peru/Callao", outlined);
    }

    [Fact]
    public void RegionsCsv_PeruDepartments_AgreeWithNombdepAndTheIneiCode()
    {
        // Arrange
        var ineiDepartments = ReadCoreResource("SearchPortal.Core.Enrichment.Data.peru-provinces.csv")
            .Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';'))
            .GroupBy(r => r[0][..2]).ToDictionary(g => g.Key, g => g.First()[1]);
        var regions = ReadWebResource("regions.csv").Split('\n').Where(l => l.StartsWith("peru-departments", StringComparison.Ordinal))
            .Select(l => l.Split(';')).ToDictionary(r => r[1], r => r[2]);
        using var geo = JsonDocument.Parse(ReadWebResource("peru-departments.geo.json"));

        // Act
        var features = geo.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => (Name: f.GetProperty("properties").GetProperty("NOMBDEP").GetString()!, Code: f.GetProperty("properties").GetProperty("FIRST_IDDP").GetString()!))
            .ToList();

        // Assert
        Assert.Equal(25, features.Count);
        Assert.All(features, f =>
        {
            var label = MapRegion.LabelOf(regions[f.Code]);
            Assert.Equal(Fold(f.Name), Fold(label));
            Assert.Equal(ineiDepartments[f.Code], label);
        });
    }

    [Theory]
    [InlineData("latam-countries.geo.json", "216448d7b39253e0a3b51d50e7e079f195df62431a00e9a39ccd28068397174d")]
    [InlineData("peru-departments.geo.json", "3d34d5450a1b1f059eebdf7386e5b5d071a5063bf3679fcbbbc5314493791290")]
    public void EmbeddedOutlines_AsShipped_AreTheSourceFilesUnchanged(string file, string sha256)
    {
        // Arrange
        using var stream = typeof(MapAtlas).Assembly.GetManifestResourceStream("SearchPortal.Web.Maps.Data." + file)!;

        // Act
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));

        // Assert
        Assert.Equal(sha256, hash);
    }

    [Fact]
    public void PeruLicence_InTheOutput_LiesBesideTheBinaries()
    {
        // Arrange
        var licence = Path.Combine(AppContext.BaseDirectory, "Maps", "Data", "peru-departments.LICENSE");

        // Act
        var text = File.ReadAllText(licence);

        // Assert
        Assert.StartsWith("Mozilla Public License Version 2.0", text);
    }

    [Theory]
    [InlineData(new string[0], MapViewKind.Overview, null)]
    [InlineData(new[] { "Peru" }, MapViewKind.Divisions, "Peru")]
    [InlineData(new[] { "Peru/Madre de Dios", "Peru/Lima/Lima" }, MapViewKind.Divisions, "Peru")]
    [InlineData(new[] { "Brazil/Pará" }, MapViewKind.RankedList, "Brazil")]
    [InlineData(new[] { "Peru", "Brazil" }, MapViewKind.Overview, null)]
    public void ViewFor_SelectedRegions_ChoosesTheMap(string[] selected, MapViewKind kind, string? country)
    {
        // Act
        var view = Atlas.ViewFor(selected);

        // Assert
        Assert.Equal(kind, view.Kind);
        Assert.Equal(country, view.Country);
        Assert.Equal(kind == MapViewKind.RankedList, view.Level is null);
        Assert.Equal(kind == MapViewKind.Divisions ? country : null, view.Level?.Country);
    }

    [Fact]
    public void Ranked_BrazilWithoutOutlines_ListsItsDivisionsWithArticlesMostFirst()
    {
        // Arrange
        var view = Atlas.ViewFor(["Brazil"]);
        var counts = new Dictionary<string, int>
        {
            ["Brazil"] = 30, ["Brazil/Pará"] = 4, ["Brazil/Amazonas"] = 9, ["Brazil/Acre"] = 4, ["Brazil/Roraima"] = 0,
            ["Brazil/Amazonas/Manaus"] = 7, ["Peru/Loreto"] = 12,
        };

        // Act
        var ranked = view.Ranked(counts).Select(r => $"{r.Key}={r.Value}");

        // Assert
        Assert.Equal(["Brazil/Amazonas=9", "Brazil/Acre=4", "Brazil/Pará=4"], ranked);
    }

    private static string Fold(string text) => new(text.Normalize(NormalizationForm.FormD)
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).Select(char.ToUpperInvariant).ToArray());

    private static string ReadWebResource(string file) => Read(typeof(MapAtlas).Assembly, "SearchPortal.Web.Maps.Data." + file);

    private static string ReadCoreResource(string name) => Read(typeof(Gazetteer).Assembly, name);

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException(name + " is not embedded.");
        return new StreamReader(stream).ReadToEnd();
    }
}
