namespace SauRo.Core.Reporting;

/// <summary>What a paragraph of a generated narrative is: a numbered part ("I. …"), a sub-part ("1. …"), prose, or a dash item.</summary>
public enum ParagraphKind
{
    Heading,
    Subheading,
    Body,
    Bullet,
}

/// <summary>One paragraph of a generated narrative; a bullet's text starts with "- ".</summary>
public sealed record ReportParagraph(ParagraphKind Kind, string Text);
