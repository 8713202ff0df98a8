package org.regionaltimeline.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types that Jackson serializes without Quarkus seeing them as a resource method's declared type: the bodies
 * {@link HttpCachingFilter} serializes itself (list items behind generics), the change feed's {@code data} (declared as
 * Object) and the states the audit trail stores as JSON. The JVM needs nothing of this; a native image does.
 */
@RegisterForReflection(targets = {
        Problem.class, Problem.InvalidParam.class, ListPage.class,
        org.regionaltimeline.event.TimelineItem.class, org.regionaltimeline.event.TimelineRow.class,
        org.regionaltimeline.event.EventDetail.class, org.regionaltimeline.event.EventDetail.FigureView.class,
        org.regionaltimeline.article.ArticleSummary.class, org.regionaltimeline.article.ArticleDetail.class,
        org.regionaltimeline.article.ArticleRef.class, org.regionaltimeline.article.ArticleState.class,
        org.regionaltimeline.project.ProjectSummary.class, org.regionaltimeline.project.ProjectDetail.class,
        org.regionaltimeline.project.ProjectRef.class,
        org.regionaltimeline.region.RegionSummary.class, org.regionaltimeline.region.RegionDetail.class,
        org.regionaltimeline.region.RegionRef.class,
        org.regionaltimeline.sync.Change.class, org.regionaltimeline.sync.ChangeFeed.class,
        org.regionaltimeline.account.UserView.class, org.regionaltimeline.account.TokenView.class,
        org.regionaltimeline.account.Caller.class, org.regionaltimeline.audit.AuditRecord.class,
        org.regionaltimeline.ingest.ExtractResponse.class, org.regionaltimeline.ingest.ExtractResponse.Article.class,
        org.regionaltimeline.ingest.ExtractResponse.Event.class, org.regionaltimeline.ingest.IngestResult.class, org.regionaltimeline.ingest.IngestResult.StoredArticle.class,
        org.regionaltimeline.ingest.TemporalResponse.class, org.regionaltimeline.ingest.TemporalResponse.Expression.class
})
public final class NativeRegistrations {

    private NativeRegistrations() {
    }
}
