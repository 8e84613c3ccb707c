package dev.userpool.testkit.jqwik;

import dev.userpool.testkit.inprocess.Mailroom;
import dev.userpool.testkit.inprocess.RecordingMailbox;

class RecordingMailboxProperties implements MailroomContract {

  @Override
  public Mailroom subject() {
    return new RecordingMailbox();
  }
}
