using SauRo.Core.Access;
using SauRo.Data.Entities;

namespace SauRo.Tests.Web;

/// <summary>
/// What an endpoint needs of the user over its target. The expected answer for a role and a target is computed by the
/// pure rules of <see cref="AccessRules"/>, never written by hand.
/// </summary>
public enum Capability
{
    /// <summary>Answers without asking who is there (login, errors, health, OpenAPI, static files).</summary>
    Anyone,

    /// <summary>Any signed-in user; what is shown is then limited to their units.</summary>
    SignedIn,

    /// <summary><see cref="AccessRules.CanRead"/> on the target's unit.</summary>
    Read,

    /// <summary><see cref="AccessRules.CanEditPlans"/> on the unit the plan belongs to.</summary>
    EditPlans,

    /// <summary><see cref="AccessRules.CanUpdateTask"/>: the plan's editors and the lead office's officers.</summary>
    UpdateTask,

    /// <summary><see cref="AccessRules.CanComment"/>.</summary>
    Comment,

    /// <summary><see cref="AccessRules.CanManageUnit"/> on an office.</summary>
    ManageUnit,

    /// <summary><see cref="AccessRules.CanAddOffice"/> under a commune or province.</summary>
    AddOffice,

    /// <summary><see cref="AccessRules.CanAddProvinceOrCommune"/>.</summary>
    AddProvinceOrCommune,

    /// <summary>Managing accounts at all (<see cref="AccessRules.AssignableRoles"/> not empty): administrator, standing officers.</summary>
    AccountManager,

    /// <summary><see cref="AccessRules.CanManageAccount"/> on the account's unit.</summary>
    ManageAccount,

    /// <summary>The administrator only (renaming a province or commune, the audit search).</summary>
    Admin,

    /// <summary>Only the user who uploaded the pending import.</summary>
    Uploader,

    /// <summary>Only the user a notification is addressed to.</summary>
    Recipient,

    /// <summary><see cref="AccessRules.CanUpdateIndicator"/>: the plan's editors and the lead office's officers (Lead = the indicator's lead offices).</summary>
    UpdateIndicator,

    /// <summary><see cref="AccessRules.CanFileReport"/>: Lead holds the reporting unit (an office, or the plan's unit itself).</summary>
    FileReport,

    /// <summary><see cref="AccessRules.CanApprove"/> on the plan's unit: the commune's leaders and the administrator.</summary>
    Approve,

    /// <summary><see cref="AccessRules.CanEditPlans"/> or <see cref="AccessRules.CanApprove"/> on the plan's unit (bringing Q3/Q4 deadlines forward).</summary>
    EditPlansOrApprove,

    /// <summary><see cref="AccessRules.CanImportExchange"/> on a province: its province officer, the administrator.</summary>
    ImportExchange,

    /// <summary>Nobody: a catch-all that answers 404 to the signed-in and 401 or the login page to others.</summary>
    Nobody,
}

/// <summary>Where a request is aimed, relative to the user's own place.</summary>
public enum Scope
{
    /// <summary>The user's own place (commune C1; province P1 for the province officer); office A, task led by A.</summary>
    Own,

    /// <summary>The same place, but office B and the task led by B (B alone).</summary>
    OwnOtherOffice,

    /// <summary>Province P1, above the user's commune (for the province officer it is their own place: skipped).</summary>
    ProvinceAbove,

    /// <summary>Commune C2, another commune of the same province.</summary>
    OtherUnit,

    /// <summary>Commune C3 of province P2.</summary>
    OtherProvince,
}

/// <summary>Which scopes an entry is tried in.</summary>
public enum Over
{
    /// <summary>No target: tried once per role.</summary>
    Nothing,

    /// <summary>A commune or province, its plan or indicator: own place, the province above, another commune, another province.</summary>
    Places,

    /// <summary>A commune only (the bulk creation of its offices' accounts): the places above but the province.</summary>
    Communes,

    /// <summary>An office or a task: the places plus the own place's other office.</summary>
    Offices,
}

/// <summary>What the request touches, as the rules see it.</summary>
public sealed record Target(UnitPlace? Place = null, IReadOnlyList<int>? Lead = null, IReadOnlyList<int>? Cooperating = null, string? Owner = null);

/// <summary>How an answer is read: allowed, refused, or neither (an error the matrix reports).</summary>
public enum Outcome
{
    Allowed,
    Refused,
    Unexpected,
}

/// <summary>One request of the matrix, made for a role and a scope.</summary>
public sealed record Probe(HttpMethod Method, string Url, Target Target)
{
    /// <summary>Form fields of a page POST; the session's antiforgery token is added.</summary>
    public Dictionary<string, string>? Form { get; init; }

    /// <summary>A file for a multipart POST (page: with the token; API: as is), with the other fields in <see cref="Form"/>.</summary>
    public (string Field, string FileName, byte[] Content)? File { get; init; }

    /// <summary>A JSON body for the API.</summary>
    public object? Json { get; init; }

    /// <summary>Whether the write happened; an allowed answer without it counts as refused, a refused one with it fails.</summary>
    public Func<Task<bool>>? Changed { get; init; }

    /// <summary>Sent from a new session of the same user (the request ends the session).</summary>
    public bool FreshSession { get; init; }

    /// <summary>Reads the answer when the usual reading does not fit (logging out redirects to the login page).</summary>
    public Func<HttpResponseMessage, Outcome?>? Read { get; init; }

    public bool IsApi => Url.StartsWith("/api/", StringComparison.Ordinal);
}

/// <summary>What a request is made for: the world, the acting session, the scope, and what the scope points at.</summary>
public sealed record ProbeContext(AuthorizationWorld World, Session Session, Scope Scope)
{
    public Place Place => World.PlaceFor(Session, Scope);

    /// <summary>Office A of the place, or office B in <see cref="Scope.OwnOtherOffice"/>.</summary>
    public Unit Office => Scope == Scope.OwnOtherOffice ? Place.OfficeB : Place.OfficeA;

    /// <summary>The task led by <see cref="Office"/>.</summary>
    public TaskRef Task => Scope == Scope.OwnOtherOffice ? Place.TaskB : Place.TaskA;

    public Target AtPlace => new(Place.At);

    public Target AtOffice => new(Place.OfficePlace(Office));

    public Target AtTask => new(Place.At, Task.Lead, Task.Cooperating);

    /// <summary>The account in <see cref="Office"/>.</summary>
    public string Account => Place.Accounts[Office.Id];
}

/// <summary>One row of the matrix: an endpoint or page handler (its discovered key), what it needs, and its request.</summary>
public sealed record Entry(string Key, Capability Needs, Over Over, Func<ProbeContext, Task<Probe>> Make)
{
    /// <summary>The request posts an intentionally empty or invalid form: a 400 or a page with messages means allowed.</summary>
    public bool EmptyForm { get; init; }

    public IEnumerable<Scope> Scopes => Over switch
    {
        Over.Nothing => [Scope.Own],
        Over.Places => [Scope.Own, Scope.ProvinceAbove, Scope.OtherUnit, Scope.OtherProvince],
        Over.Communes => [Scope.Own, Scope.OtherUnit, Scope.OtherProvince],
        Over.Offices => [Scope.Own, Scope.OwnOtherOffice, Scope.ProvinceAbove, Scope.OtherUnit, Scope.OtherProvince],
        _ => throw new ArgumentOutOfRangeException(nameof(Over)),
    };

    /// <summary>Whether the rules let <paramref name="session"/> do this to <paramref name="target"/>.</summary>
    public bool Allows(Session session, Target target)
    {
        if (Needs == Capability.Anyone)
        {
            return true;
        }

        if (session.Actor is not { } actor || Needs == Capability.Nobody)
        {
            return false;
        }

        UnitPlace Place() => target.Place ?? throw new InvalidOperationException($"{Key}: thiếu đơn vị đích");
        return Needs switch
        {
            Capability.SignedIn => true,
            Capability.Read => AccessRules.CanRead(actor, Place()),
            Capability.EditPlans => AccessRules.CanEditPlans(actor, Place()),
            Capability.UpdateTask => AccessRules.CanUpdateTask(actor, Place(), target.Lead ?? []),
            Capability.Comment => AccessRules.CanComment(actor, Place(), target.Lead ?? [], target.Cooperating ?? []),
            Capability.ManageUnit => AccessRules.CanManageUnit(actor, Place()),
            Capability.AddOffice => AccessRules.CanAddOffice(actor, Place()),
            Capability.AddProvinceOrCommune => AccessRules.CanAddProvinceOrCommune(actor),
            Capability.AccountManager => AccessRules.AssignableRoles(actor).Count > 0,
            Capability.ManageAccount => AccessRules.CanManageAccount(actor, Place()),
            Capability.Admin => actor.Is(Role.Admin),
            Capability.UpdateIndicator => AccessRules.CanUpdateIndicator(actor, Place(), target.Lead ?? []),
            Capability.FileReport => AccessRules.CanFileReport(actor, Place(), target.Lead is [var unit] ? unit : throw new InvalidOperationException($"{Key}: thiếu đơn vị báo cáo")),
            Capability.Approve => AccessRules.CanApprove(actor, Place()),
            Capability.EditPlansOrApprove => AccessRules.CanEditPlans(actor, Place()) || AccessRules.CanApprove(actor, Place()),
            Capability.ImportExchange => AccessRules.CanImportExchange(actor, Place()),
            Capability.Uploader => target.Owner is not null && target.Owner == session.UserId,
            Capability.Recipient => target.Owner is not null && target.Owner == session.UserId,
            _ => throw new InvalidOperationException($"{Key}: {Needs}"),
        };
    }

    /// <summary>
    /// Allowed: 2xx, a redirect elsewhere than the login or access-denied page, a 400 for an intentionally empty form.
    /// Refused: 401, 403, 404, a redirect to the login or access-denied page. For <see cref="Capability.Anyone"/> only
    /// a demand to sign in or a 403 is a refusal (the error page answers with the code it describes).
    /// </summary>
    public Outcome Read(HttpResponseMessage response)
    {
        var code = (int)response.StatusCode;
        if (code is >= 300 and < 400)
        {
            var to = response.Headers.Location?.OriginalString ?? string.Empty;
            return to.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase) || to.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)
                ? Outcome.Refused
                : Outcome.Allowed;
        }

        if (Needs == Capability.Anyone)
        {
            return code is 401 or 403 ? Outcome.Refused : Outcome.Allowed;
        }

        return code switch
        {
            >= 200 and < 300 => Outcome.Allowed,
            400 when EmptyForm => Outcome.Allowed,
            401 or 403 or 404 => Outcome.Refused,
            _ => Outcome.Unexpected,
        };
    }
}
