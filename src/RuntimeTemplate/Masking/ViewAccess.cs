namespace ApiStudio.Runtime.Masking;

/// <summary>
/// Whether a caller may read a view; when not, <see cref="Required"/> and <see cref="Current"/> are the
/// <c>details</c> of ACCESS_ROLE_REQUIRED.
/// </summary>
/// <param name="Allowed">The caller holds an admitted role, or the view admits PUBLIC.</param>
/// <param name="Required">The concrete roles the view admits (<c>admin+</c> expanded), in the definition's role order.</param>
/// <param name="Current">The caller's roles.</param>
public sealed record ViewAccess(bool Allowed, IReadOnlyList<string> Required, IReadOnlyList<string> Current);
