package id.gotong.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/** The OpenAPI description is generated from the endpoints, so it lists each of them. */
class OpenApiTest extends ApiTestSupport {

    @Test
    void apiDocsListTheStakeholderCollaborationMeetingAndGoalEndpoints() {
        // springdoc inspects every endpoint on the first request, which takes seconds on a small machine
        web.mutate().responseTimeout(Duration.ofSeconds(60)).build().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/stakeholders'].post").exists()
                .jsonPath("$.paths['/api/stakeholders/{stakeholderId}'].get").exists()
                .jsonPath("$.paths['/api/collaborations'].post").exists()
                .jsonPath("$.paths['/api/collaborations/{collaborationId}'].get").exists()
                .jsonPath("$.paths['/api/collaborations/{collaborationId}/members'].post").exists()
                .jsonPath("$.paths['/api/collaborations/{collaborationId}/members/{stakeholderId}'].put").exists()
                .jsonPath("$.paths['/api/collaborations/{collaborationId}/members/{stakeholderId}'].delete").exists()
                .jsonPath("$.paths['/api/collaborations/{collaborationId}/leadership'].post").exists()
                .jsonPath("$.paths['/api/collaborations/{collaborationId}/drivers'].post").exists()
                .jsonPath("$.paths['/api/collaborations/{collaborationId}/calendar'].post").exists()
                .jsonPath("$.paths['/api/collaborations/{collaborationId}/meetings'].post").exists()
                .jsonPath("$.paths['/api/meetings/{meetingId}'].get").exists()
                .jsonPath("$.paths['/api/meetings/{meetingId}/attendance'].post").exists()
                .jsonPath("$.paths['/api/meetings/{meetingId}/minutes'].post").exists()
                .jsonPath("$.paths['/api/meetings/{meetingId}/closure'].post").exists()
                .jsonPath("$.paths['/api/meetings/{meetingId}/cancellation'].post").exists()
                .jsonPath("$.paths['/api/collaborations/{collaborationId}/goals'].post").exists()
                .jsonPath("$.paths['/api/goals/{goalId}'].get").exists()
                .jsonPath("$.paths['/api/goals/{goalId}/endorsements'].post").exists()
                .jsonPath("$.paths['/api/goals/{goalId}/dissents'].post").exists()
                .jsonPath("$.paths['/api/goals/{goalId}/revisions'].post").exists()
                .jsonPath("$.components.schemas.ConveneMeetingRequest.required").exists();
    }

    @Test
    void actsNeedTheBearerCredentialAndReadsTakeItOptionally() {
        web.mutate().responseTimeout(Duration.ofSeconds(60)).build().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer")
                .jsonPath("$.paths['/api/meetings/{meetingId}/closure'].post.security[0].bearer").exists()
                .jsonPath("$.paths['/api/meetings/{meetingId}/closure'].post.parameters[?(@.name == 'caller')]")
                .isEmpty()
                .jsonPath("$.paths['/api/meetings/{meetingId}'].get.security.length()").isEqualTo(2)
                .jsonPath("$.paths['/api/meetings/{meetingId}'].get.security[1].bearer").exists()
                .jsonPath("$.paths['/api/meetings/{meetingId}'].get.parameters[?(@.in == 'query')]").isEmpty()
                .jsonPath("$.paths['/api/feed'].get.security").doesNotExist();
    }

    @Test
    void swaggerUiIsServed() {
        web.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection();
        web.get().uri("/webjars/swagger-ui/index.html").exchange()
                .expectStatus().isOk();
    }
}
