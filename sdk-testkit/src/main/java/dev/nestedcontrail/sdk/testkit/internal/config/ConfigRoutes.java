package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.testkit.FakeHandler;
import dev.nestedcontrail.sdk.testkit.FakeHttpServer;
import java.util.function.UnaryOperator;

/** The routes of the fake config API: action endpoints first, then collections and resources. */
public final class ConfigRoutes {
  private final ResourceHandlers resources;
  private final ListHandler lists;
  private final ActionHandlers actions;
  private final CollectionHandlers collections;
  private final TagHandler tags;
  private final HomePage home;

  public ConfigRoutes(ConfigStore store, ObjectView view, ObjectWriter writer) {
    this.resources = new ResourceHandlers(store, view, writer);
    this.lists = new ListHandler(store, view);
    this.actions = new ActionHandlers(store, writer);
    this.collections = new CollectionHandlers(store, writer);
    this.tags = new TagHandler(store, writer);
    this.home = new HomePage(view::baseUrl);
  }

  public void register(FakeHttpServer.Builder http, UnaryOperator<FakeHandler> guard) {
    http.route("GET", "/", guard.apply(home::get))
        .route("POST", "/fqname-to-id", guard.apply(actions::fqNameToId))
        .route("POST", "/id-to-fqname", guard.apply(actions::idToFqName))
        .route("POST", "/ref-update", guard.apply(actions::refUpdate))
        .route("POST", "/ref-relax-for-delete", guard.apply(actions::refRelaxForDelete))
        .route("POST", "/chown", guard.apply(actions::chown))
        .route("POST", "/set-tag", guard.apply(tags::setTag))
        .route("GET", "/prop-collection-get", guard.apply(collections::get))
        .route("POST", "/prop-collection-update", guard.apply(collections::update))
        .route("POST", "/list-bulk-collection", guard.apply(lists::bulk))
        .route("GET", "/{collection}", guard.apply(lists::list))
        .route("POST", "/{collection}", guard.apply(resources::create))
        .route("GET", "/{type}/{uuid}", guard.apply(resources::read))
        .route("PUT", "/{type}/{uuid}", guard.apply(resources::update))
        .route("DELETE", "/{type}/{uuid}", guard.apply(resources::delete));
  }
}
