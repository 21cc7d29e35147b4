namespace SearchPortal.Web.Partners;

/// <summary>One partner as configured; <see cref="PartnerDirectory"/> turns it into a normalised <see cref="Partner"/>.</summary>
public sealed class PartnerSettings
{
    /// <summary>Display name; the key when empty.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Origins allowed to call the API from the browser (CORS) and to frame <c>/embed</c>, written as
    /// <c>scheme://host[:port]</c>, e.g. "https://ngo.example". A request whose Origin header is one of
    /// them is scoped to this partner.
    /// </summary>
    public List<string> Origins { get; } = [];

    /// <summary>
    /// Fixed "dimension=value" filters every search of this partner must satisfy, e.g. "region=Peru/Loreto".
    /// Values of one dimension are alternatives (ORed); different dimensions all apply. Write regions as full
    /// paths and years as single years (ranges are refused).
    /// </summary>
    public List<string> Filters { get; } = [];
}
