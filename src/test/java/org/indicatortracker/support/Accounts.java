package org.indicatortracker.support;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.indicatortracker.account.UserAccount;

/** Test accounts and request builders for each role. */
public final class Accounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String EDITOR = "test-editor";
    /** Another editor (same password), who approves what {@link #EDITOR} asked to publish. */
    public static final String SECOND_EDITOR = "test-editor-2";
    public static final String VIEWER = "test-viewer";
    public static final String PASSWORD = "editor-password-123";

    private Accounts() {
    }

    /** Creates the two editors and a role-less account once per test run (the admin comes from configuration). */
    public static synchronized void ensure() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (UserAccount.count("username", EDITOR) == 0) {
                UserAccount.create(EDITOR, PASSWORD, "editor");
                UserAccount.create(VIEWER, PASSWORD, "viewer");
            }
            if (UserAccount.count("username", SECOND_EDITOR) == 0) {
                UserAccount.create(SECOND_EDITOR, PASSWORD, "editor");
            }
        });
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static RequestSpecification editor() {
        ensure();
        return given().contentType(ContentType.JSON).auth().preemptive().basic(EDITOR, PASSWORD);
    }

    public static RequestSpecification viewer() {
        ensure();
        return given().contentType(ContentType.JSON).auth().preemptive().basic(VIEWER, PASSWORD);
    }

    public static RequestSpecification admin() {
        return given().contentType(ContentType.JSON).auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }
}
