package dev.userpool.testkit.sdk;

import dev.userpool.port.RateLimits;
import dev.userpool.service.ImportService;
import dev.userpool.service.UserPoolService;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetCsvHeaderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetCsvHeaderResponse;

/** User import in the in-process SDK client: GetCSVHeader ({@link ImportService}). */
final class ImportOperations {

  private final ImportService imports;
  private final Replies replies;

  ImportOperations(UserPoolService service, Replies replies) {
    this.imports = new ImportService(service, RateLimits.NONE);
    this.replies = replies;
  }

  GetCsvHeaderResponse getCSVHeader(GetCsvHeaderRequest r) {
    return replies.respond(GetCsvHeaderResponse.builder().userPoolId(r.userPoolId())
        .csvHeader(replies.run(imports.getCsvHeader(r.userPoolId())).toJavaList()), GetCsvHeaderResponse.class);
  }
}
