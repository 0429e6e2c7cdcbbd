package org.indicatortracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of {@code /api/v1/users}. Password hashes never leave the server. */
public final class UserPayloads {

    /** Letters (any script), digits and . _ @ - ; 2 to 100 characters. */
    static final String USERNAME_PATTERN = "^[\\p{L}\\p{N}._@-]{2,100}$";

    private UserPayloads() {
    }

    @Schema(name = "NewUser", example = """
            {"username":"planner-yichun","password":"a long pass phrase","roles":["editor"],"regions":["230700"]}""")
    public record NewUser(
            @NotBlank @Pattern(regexp = USERNAME_PATTERN, message = "use 2-100 letters, digits or . _ @ -") String username,
            @NotNull @Schema(description = "At least 12 characters") String password,
            @Schema(description = "editor and/or admin; empty: may sign in but change nothing") List<String> roles,
            @Schema(description = "Region codes an editor is limited to (with the regions below them); empty: every region")
            List<String> regions) {
    }

    @Schema(name = "UserUpdate", description = "Send the version you read.", example = """
            {"roles":["editor"],"regions":["230700"],"enabled":false,"version":0}""")
    public record UserUpdate(List<String> roles, List<String> regions, @NotNull Boolean enabled,
                             @Schema(description = "The version you read") Long version) {
    }

    @Schema(name = "NewPassword", example = """
            {"password":"another long pass phrase"}""")
    public record NewPassword(@NotNull @Size(max = 200) String password) {
    }

    @Schema(name = "User")
    public record UserView(long id, String username, List<String> roles, List<String> regions, boolean enabled,
                           Instant createdAt, long activeSessions, long version) {

        static UserView of(UserAccount u, long activeSessions) {
            return new UserView(u.id, u.username, u.roleSet().stream().sorted().toList(),
                    u.regions.stream().sorted().toList(), u.enabled, u.createdAt, activeSessions, u.version);
        }
    }
}
