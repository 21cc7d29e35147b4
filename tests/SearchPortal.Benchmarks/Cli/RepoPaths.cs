namespace SearchPortal.Benchmarks.Cli;

/// <summary>Locates the repository (the folder holding SearchPortal.sln), its seeds and the shared data beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    public static string News => Path.Combine(SharedData, "news");

    public static string PeruGazetteer => Path.Combine(SharedData, "gazetteer", "peru", "ubigeo_inei_2025.csv");

    public static string Outlets => Path.Combine(Root, "src", "SearchPortal.Core", "Enrichment", "Data", "outlets.csv");

    public static string WebProject => Path.Combine(Root, "src", "SearchPortal.Web", "SearchPortal.Web.csproj");

    public static string DefaultWork => Path.Combine(Root, "bench-out", "work");

    public static string Script(string name) => Path.Combine(AppContext.BaseDirectory, "scripts", name);

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SearchPortal.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("SearchPortal.sln not found above " + Environment.CurrentDirectory);
    }
}
