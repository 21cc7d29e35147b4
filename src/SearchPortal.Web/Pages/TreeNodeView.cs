using SearchPortal.Core.Facets;
using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Pages;

/// <summary>What the tree-node partial renders: one value of a hierarchical dimension and, below it, its children.</summary>
public sealed record TreeNodeView(FacetDimension Dimension, FacetValue Node, SearchLinks Links, UiText Text, bool Expanded);
