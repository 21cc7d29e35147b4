using SearchPortal.Core.Search;
using SearchPortal.Web.Admin;
using SearchPortal.Web.Embed;
using SearchPortal.Web.Exports;
using SearchPortal.Web.Localization;
using SearchPortal.Web.Maps;
using SearchPortal.Web.Partners;

namespace SearchPortal.Web.Hosting;

/// <summary>Registers the portal's services: options, the index host, Razor Pages, ProblemDetails, OpenAPI, limits and hosts.</summary>
public static class SearchPortalServices
{
    public static WebApplicationBuilder AddSearchPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchPortalOptions>().BindConfiguration(SearchPortalOptions.Section)
            .Validate(o => o.HasValidPublicBaseUrl, "SearchPortal:PublicBaseUrl must be an absolute http or https URL without query, fragment or user.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IndexHost>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IndexHost>().Snapshots);
        builder.Services.AddSingleton<ArticleSearcher>();
        builder.Services.AddSingleton<SearchWarmup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SearchWarmup>());
        builder.Services.AddExports();
        builder.Services.AddRazorPages();
        builder.Services.AddUiCulture();
        // Emit accented Spanish text as-is instead of numeric character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddAdmin();
        builder.Services.AddRequestRateLimiting();
        builder.Services.AddHostAllowlist(builder.Configuration);
        builder.Services.AddProxyHeaders(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
            // Long percent-encoded queries must reach the validator, which answers 400 with a reason.
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
            kestrel.Limits.MaxRequestBufferSize = 128 * 1024;
        });
        builder.Services.AddPartners();
        builder.Services.AddEmbed();
        builder.Services.AddMaps();
        return builder;
    }
}
