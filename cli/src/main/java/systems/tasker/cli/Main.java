package systems.tasker.cli;

/** Entry point of the {@code tasker-cli} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("tasker-cli 0.1.0");
  }
}
