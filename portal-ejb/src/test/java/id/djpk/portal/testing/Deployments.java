package id.djpk.portal.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * Test deployments of portal-ejb: its classes, resources and libraries in one WAR, with a
 * MicroProfile Config file that points the data source at the test database.
 */
public final class Deployments {

    private Deployments() {
    }

    /**
     * portal-ejb on an H2 file database under target/ (fresh for each run), with more configuration lines
     * ({@code key=value}) if given, e.g. a test mail server.
     */
    public static WebArchive h2(String name, String... config) {
        Path dir = Path.of("target", "it-" + name).toAbsolutePath();
        deleteRecursively(dir);
        return portalEjb(name, "org.h2.jdbcx.JdbcDataSource", "jdbc:h2:file:" + dir.resolve("db/portal"), dir, config);
    }

    /** portal-ejb on the PostgreSQL database named by the system property portal.test.pg.url (more configuration lines as for h2). */
    public static WebArchive postgres(String name, String... config) {
        Path dir = Path.of("target", "it-" + name).toAbsolutePath();
        deleteRecursively(dir);
        String url = System.getProperty("portal.test.pg.url", "jdbc:postgresql://127.0.0.1:55432/portal_test");
        return portalEjb(name, "org.postgresql.ds.PGSimpleDataSource", url, dir, config);
    }

    /** The public site's least-privilege role on PostgreSQL (docs/security.md "Database roles"). */
    public static final String PUBLIC_ROLE = "portal_public";

    /**
     * portal-ejb on PostgreSQL connected as the public site's role, as the public site's configuration file
     * does: {@link TestDatabaseSetup} migrates and grants as the owner, then the services run as that role.
     */
    public static WebArchive postgresAsPublicSite(String name, String... config) {
        // the role exists before the deployment, as in production (created by the database's administrator)
        String url = System.getProperty("portal.test.pg.url", "jdbc:postgresql://127.0.0.1:55432/portal_test");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "portal", "test-password");
                java.sql.Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + PUBLIC_ROLE + "') THEN "
                    + "CREATE ROLE " + PUBLIC_ROLE + " LOGIN PASSWORD 'public-test-password'; END IF; END $$");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the role " + PUBLIC_ROLE + ": " + e.getMessage(), e);
        }
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "portal.public.db.user=" + PUBLIC_ROLE,
                "portal.public.db.password=public-test-password",
                "portal.db.connect.user=${portal.public.db.user}",
                "portal.db.connect.password=${portal.public.db.password}",
                "portal.test.setup-as-owner=true"), java.util.Arrays.stream(config)).toArray(String[]::new);
        return postgres(name, all);
    }

    /**
     * The deployment with every request made by a signed-in report editor ({@code testing.signin}), for
     * contracts that check who the audit trail names.
     */
    public static WebArchive signedIn(WebArchive war) {
        return war.addPackage(id.djpk.portal.testing.signin.SignedInEditor.class.getPackage());
    }

    /**
     * The deployment with every request made by a signed-in member of staff ({@code testing.signin.staff}): the
     * test method's {@link Caller}, else one who holds every staff role, for contracts that call the steps the
     * services keep to staff roles ({@code @RolesAllowed}).
     */
    public static WebArchive signedInAsStaff(WebArchive war) {
        return war.addPackage(id.djpk.portal.testing.signin.staff.SignedInStaff.class.getPackage());
    }

    private static WebArchive portalEjb(String name, String dataSourceClass, String url, Path dataDir, String... config) {
        File[] libraries = Maven.resolver().loadPomFromFile("pom.xml")
                .importCompileAndRuntimeDependencies().resolve().withTransitivity().asFile();
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, p -> !p.get().endsWith("Test.class") && !p.get().contains("Test$")
                        && !p.get().contains("/testing/signin/"), "id.djpk.portal")
                .addAsLibraries(libraries)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset(roleMapping()), "payara-web.xml")
                .addAsResource(new StringAsset(String.join("\n",
                        "portal.db.class=" + dataSourceClass,
                        "portal.db.url=" + url,
                        "portal.db.user=portal",
                        // the embedded H2's password is refused on any other database (system.Database)
                        "portal.db.password=" + (url.startsWith("jdbc:h2:") ? "portal" : "test-password"),
                        "portal.public.db.user=${portal.db.user}",
                        "portal.public.db.password=${portal.db.password}",
                        "portal.db.connect.user=${portal.db.user}",
                        "portal.db.connect.password=${portal.db.password}",
                        "portal.data.dir=" + dataDir,
                        "portal.demo.enabled=false",
                        "portal.upload.max-bytes=2097152",
                        String.join("\n", config))), "META-INF/microprofile-config.properties");
        Path resources = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(resources)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".class"))
                    .filter(p -> !p.endsWith(Path.of("META-INF", "microprofile-config.properties")))
                    .forEach(p -> war.addAsResource(p.toFile(), resources.relativize(p).toString().replace(File.separatorChar, '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }

    /**
     * Every role to the group of its name, as Payara's default mapping does for the staff portal; and ADMIN also to
     * the principal named ADMIN, {@link AsAdministrator}'s run-as identity. A descriptor that maps one role ends the
     * default mapping for all of them, hence every role here.
     */
    private static String roleMapping() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<payara-web-app>\n");
        for (id.djpk.portal.identity.Role r : id.djpk.portal.identity.Role.values()) {
            xml.append("  <security-role-mapping><role-name>").append(r.name()).append("</role-name>")
                    .append(r == id.djpk.portal.identity.Role.ADMIN ? "<principal-name>" + AsAdministrator.ACTOR + "</principal-name>" : "")
                    .append("<group-name>").append(r.name()).append("</group-name></security-role-mapping>\n");
        }
        return xml.append("</payara-web-app>\n").toString();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
