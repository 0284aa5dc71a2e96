using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Organizations;

namespace ApiStudio.Runtime.Tests.Organizations;

public sealed class OrganizationRolesTests
{
    private static ApiDefinition With(string[] roles, string[] hierarchy) => new()
    {
        Roles = roles.Select(r => new RoleDefinition { Name = r }).ToList(),
        RoleHierarchy = hierarchy,
    };

    [Fact]
    public void Top_role_is_the_last_of_the_hierarchy()
    {
        Assert.Equal("manager", OrganizationRoles.Top(With(["viewer", "editor", "manager"], ["viewer", "editor", "manager"])));
    }

    [Fact]
    public void Top_role_without_a_hierarchy_is_owner_when_declared_else_admin()
    {
        Assert.Equal("owner", OrganizationRoles.Top(With(["member", "owner"], [])));
        Assert.Equal("admin", OrganizationRoles.Top(With(["member", "admin"], [])));
        Assert.Equal("admin", OrganizationRoles.Top(With(["editor"], [])));
    }

    [Fact]
    public void Administrators_are_the_top_role_plus_declared_owner_and_admin()
    {
        Assert.Equal(["admin", "owner"], OrganizationRoles.Administrators(With(["member", "admin", "owner"], ["member", "admin", "owner"])).Order());
        Assert.Equal(["manager"], OrganizationRoles.Administrators(With(["viewer", "manager"], ["viewer", "manager"])));
    }

    [Fact]
    public void Declared_roles_never_include_PUBLIC_and_default_to_owner_admin_member()
    {
        Assert.Equal(["admin", "member", "owner"], OrganizationRoles.Declared(With([], [])).Order());
        Assert.DoesNotContain(RoleDefinition.Public, OrganizationRoles.Declared(With([RoleDefinition.Public, "member"], [])));
    }
}
