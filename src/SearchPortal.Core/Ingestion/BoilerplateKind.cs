namespace SearchPortal.Core.Ingestion;

/// <summary>What a line of a scraped page is, as far as boilerplate removal cares.</summary>
public enum BoilerplateKind
{
    None,
    Cut,
    Drop,
    List,
    Outlet,
}
