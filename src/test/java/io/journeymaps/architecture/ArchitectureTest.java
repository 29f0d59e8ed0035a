package io.journeymaps.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import net.java.ao.RawEntity;

/**
 * The layering rules of COMMON/style: a host-free core, Active Objects only behind stores, Atlassian
 * types only in the Confluence adapters. Main classes only (no tests, no standalone host).
 */
@AnalyzeClasses(packages = "io.journeymaps", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Domain models, operations, JSON codecs, templates, services (each feature's top-level package), rendering and ports; not the REST plumbing. */
    private static final String[] CORE = {
            "io.journeymaps.map.model..", "io.journeymaps.persona.model..",
            "io.journeymaps.comment.model..", "io.journeymaps.history.model..",
            "io.journeymaps.map.operation..", "io.journeymaps.map.json..", "io.journeymaps.map.template..",
            "io.journeymaps.persona.json..", "io.journeymaps.space", "io.journeymaps.space.json..",
            "io.journeymaps.map", "io.journeymaps.persona", "io.journeymaps.comment", "io.journeymaps.history",
            "io.journeymaps.lifecycle",
            "io.journeymaps.render..", "io.journeymaps.host..", "io.journeymaps.common", "io.journeymaps.common.json.."};

    @ArchTest
    static final ArchRule core_dependsOnNoHostPersistenceOrHttpApi = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "net.java.ao..", "jakarta.ws.rs..")
            .allowEmptyShould(true);

    /** The Confluence adapters implement AoDatabase and run AO upgrade tasks, so they see AO types too. */
    @ArchTest
    static final ArchRule activeObjects_onlyInStoresStorageAndTheConfluenceAdapters = noClasses()
            .that().resideOutsideOfPackages("..store..", "io.journeymaps.storage..", "io.journeymaps.confluence..")
            .should().dependOnClassesThat().resideInAPackage("net.java.ao..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule atlassianTypes_onlyInTheConfluenceAdapters = noClasses()
            .that().resideOutsideOfPackages("io.journeymaps.confluence..", "..rest..")
            .should().dependOnClassesThat().resideInAPackage("com.atlassian..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule restResources_useOnlyTheRestAccessAnnotationsOfAtlassian = noClasses()
            .that().resideInAPackage("..rest..").and().resideOutsideOfPackage("io.journeymaps.confluence..")
            .should().dependOnClassesThat(resideInAPackage("com.atlassian..")
                    .and(not(resideInAPackage("com.atlassian.plugins.rest.api.security.annotation"))))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule jaxRs_onlyInRestPackages = noClasses()
            .that().resideOutsideOfPackage("..rest..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule aoEntities_liveInStorePackages = classes()
            .that().areAssignableTo(RawEntity.class)
            .should().resideInAPackage("..store..")
            .allowEmptyShould(true);

    /**
     * REST v2 admits only licensed users to unannotated resources; ours open the site-level gate
     * and decide by page permissions themselves, so anonymous readers of open pages get the maps.
     */
    @ArchTest
    static final ArchRule restResources_declareTheirSiteAccess = classes()
            .that().areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should().beAnnotatedWith(com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess.class)
            .allowEmptyShould(false);
}
