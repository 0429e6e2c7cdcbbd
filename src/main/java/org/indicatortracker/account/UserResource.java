package org.indicatortracker.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.account.UserPayloads.NewPassword;
import org.indicatortracker.account.UserPayloads.NewUser;
import org.indicatortracker.account.UserPayloads.UserUpdate;
import org.indicatortracker.account.UserPayloads.UserView;
import org.indicatortracker.region.Region;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Params;
import org.indicatortracker.system.Problem.FieldError;
import org.indicatortracker.system.Versions;
import org.jboss.logging.Logger;

/**
 * Admins manage accounts: create, change roles and region limits, disable, reset a password, sign out everywhere.
 * Disabling an account, resetting its password or signing it out ends its sessions on every replica at once.
 */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(UserAccount.ADMIN)
@Tag(name = "Users", description = "Accounts of editors and admins (admins only)")
public class UserResource {

    private static final Logger LOG = Logger.getLogger(UserResource.class);

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "indicators.session.max-age", defaultValue = "12H")
    Duration sessionMaxAge;

    @GET
    @Operation(summary = "Every account, by user name")
    public List<UserView> list() {
        return UserAccount.ordered().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account")
    @APIResponse(responseCode = "404", description = "No such account")
    public UserView get(@PathParam("id") String id) {
        return view(find(id));
    }

    @POST
    @Transactional
    @Operation(summary = "Create an account")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "409", description = "The user name is taken (names are compared without case)")
    public Response create(@Valid @NotNull NewUser in) {
        List<FieldError> errors = new ArrayList<>();
        String problem = Passwords.problem(in.password());
        if (problem != null) {
            errors.add(new FieldError("password", problem));
        }
        errors.addAll(checkRolesAndRegions(in.roles(), in.regions()));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (UserAccount.byUsername(in.username()).isPresent()) {
            throw ApiException.conflict("An account named '" + in.username() + "' already exists (names are compared without case).");
        }
        UserAccount u = UserAccount.create(in.username(), in.password(), String.join(",", roles(in.roles())));
        u.regions.addAll(regions(in.regions()));
        u.flush();
        LOG.infof("Admin '%s' created account '%s' with roles [%s], regions %s", who(), u.username, u.roles, u.regions);
        return Response.created(URI.create("/api/v1/users/" + u.id)).entity(view(u)).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @Operation(summary = "Change roles, region limit or enabled (send the version you read); disabling ends the account's sessions")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it, or it would leave no enabled admin")
    public UserView update(@PathParam("id") String id, @Valid @NotNull UserUpdate in) {
        UserAccount u = find(id);
        Versions.check(in.version(), u.version, view(u));
        List<FieldError> errors = checkRolesAndRegions(in.roles(), in.regions());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String newRoles = UserAccount.normalizeRoles(roles(in.roles()));
        boolean staysAdmin = in.enabled() && newRoles.contains(UserAccount.ADMIN);
        if (u.isAdmin() && u.enabled && !staysAdmin && UserAccount.otherEnabledAdmins(u.id) == 0) {
            throw ApiException.conflict("This is the last enabled admin: make another account admin first, "
                    + "so that someone can still manage accounts.");
        }
        boolean disabling = u.enabled && !in.enabled();
        u.roles = newRoles;
        u.regions.clear();
        u.regions.addAll(regions(in.regions()));
        u.enabled = in.enabled();
        if (disabling) {
            long ended = BrowserSession.endAll(u.id);
            LOG.infof("Admin '%s' disabled account '%s' and ended its %d sessions", who(), u.username, ended);
        } else {
            LOG.infof("Admin '%s' set account '%s' to roles [%s], regions %s, enabled %s", who(), u.username, u.roles,
                    u.regions, u.enabled);
        }
        u.flush();
        return view(u);
    }

    @POST
    @Path("{id}/password")
    @Transactional
    @Operation(summary = "Set a new password; the account's other sessions end")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The password is too short or too long")
    public Response resetPassword(@PathParam("id") String id, @Valid @NotNull NewPassword in) {
        UserAccount u = find(id);
        String problem = Passwords.problem(in.password());
        if (problem != null) {
            throw ApiException.badRequest("password", problem);
        }
        u.passwordHash = Passwords.hash(in.password());
        boolean self = u.id.equals(AccountIdentity.accountId(identity));
        long ended = BrowserSession.endAllExcept(u.id, self ? AccountIdentity.sessionHash(identity) : null);
        LOG.infof("Admin '%s' set a new password for account '%s' and ended %d of its sessions", who(), u.username, ended);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/sessions")
    @Transactional
    @Operation(summary = "Sign the account out everywhere")
    @APIResponse(responseCode = "204", description = "Every session ended")
    public Response endSessions(@PathParam("id") String id) {
        UserAccount u = find(id);
        long ended = BrowserSession.endAll(u.id);
        LOG.infof("Admin '%s' ended the %d sessions of account '%s'", who(), ended, u.username);
        return Response.noContent().build();
    }

    private UserView view(UserAccount u) {
        return UserView.of(u, BrowserSession.live(u.id, Instant.now().minus(sessionMaxAge)));
    }

    private String who() {
        return identity.getPrincipal().getName();
    }

    private static UserAccount find(String id) {
        long key = Params.integer("id", id, 1, Integer.MAX_VALUE);
        return UserAccount.byId(key).orElseThrow(() -> ApiException.notFound("No account has id " + key + "."));
    }

    private static List<FieldError> checkRolesAndRegions(List<String> roles, List<String> regions) {
        List<FieldError> errors = new ArrayList<>();
        for (String role : roles(roles)) {
            if (!UserAccount.EDITOR.equals(role) && !UserAccount.ADMIN.equals(role)) {
                errors.add(new FieldError("roles", "'" + role + "' is not a role; use editor and/or admin"));
            }
        }
        for (String code : regions(regions)) {
            if (Region.byCode(code).isEmpty()) {
                errors.add(new FieldError("regions", "no region has code '" + code + "'; see GET /api/v1/regions"));
            }
        }
        return errors;
    }

    private static List<String> roles(List<String> roles) {
        return roles == null ? List.of() : roles.stream().map(r -> r == null ? "" : r.trim().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static TreeSet<String> regions(List<String> regions) {
        TreeSet<String> set = new TreeSet<>();
        if (regions != null) {
            regions.stream().filter(r -> r != null && !r.isBlank()).map(String::trim).forEach(set::add);
        }
        return set;
    }
}
