using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Masking;

/// <summary>Whether one column of one row is masked for the caller, and why, in plain words.</summary>
/// <param name="Column">The column the rule is for.</param>
/// <param name="Kind">The rule's mask kind, never none.</param>
/// <param name="Masked">False when the caller may see the real value.</param>
/// <param name="Reason">For example <c>role 'viewer' is not in [manager+]</c> or <c>the caller owns the record (ownerId)</c>.</param>
public sealed record MaskDecision(string Column, MaskKind Kind, bool Masked, string Reason);
