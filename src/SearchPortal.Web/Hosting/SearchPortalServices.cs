using SearchPortal.Web.Embed;
using SearchPortal.Web.Partners;

namespace SearchPortal.Web.Hosting;

/// <summary>Registers the portal's services: options, the index host, Razor Pages, ProblemDetails, OpenAPI.</summary>
public static class SearchPortalServices
{
    public static WebApplicationBuilder AddSearchPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchPortalOptions>().BindConfiguration(SearchPortalOptions.Section);
        builder.Services.AddSingleton<IndexHost>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IndexHost>().Searcher);
        builder.Services.AddRazorPages();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddPartners();
        builder.Services.AddEmbed();
        return builder;
    }
}
