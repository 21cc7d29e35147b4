namespace SearchPortal.Web.Tests.Fixtures;

/// <summary>The in-memory portal over <see cref="ResearcherCorpus"/>, for HTTP tests.</summary>
public sealed class ResearcherPortalFactory : PortalFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => ResearcherCorpus.Settings;
}
