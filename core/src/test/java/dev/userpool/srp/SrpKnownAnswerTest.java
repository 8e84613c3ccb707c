package dev.userpool.srp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.password.Password;
import dev.userpool.password.Randomness;
import java.math.BigInteger;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known answers computed once with an independent implementation: amazon-cognito-identity-js 6.3.21 from npm,
 * its own lib/AuthenticationHelper.js and lib/BigInteger.js (the client side: x, A, u, the HKDF key and the
 * signature through getPasswordAuthenticationKey and the HMAC of CognitoUser.authenticateUserDefaultAuth),
 * with B = (k·v + g^b) mod N from the same BigInteger. The script is kept as
 * core/src/test/resources/srp-vectors.js; run it with `npm install amazon-cognito-identity-js@6.3.21` in a
 * scratch directory and `node srp-vectors.js`.
 */
class SrpKnownAnswerTest {

  record Vector(String poolName, String username, String password, String salt, String a, String b,
      String secretBlock, String timestamp, String x, String v, String bigA, String bigB, String hkdf,
      String signature) {}

  static final Vector ALICE = new Vector("AbCdEf123", "alice", "Passw0rd!", "c2a8e3f1b0d94e7a8f6c5b4a39281706",
      "a1".repeat(128), "5e".repeat(32), "c2VjcmV0IGJsb2NrIG9uZQ==", "Tue Mar 5 09:07:03 UTC 2024",
      "7637ef8a24c215c14fb80a1a00184bfdff24a3b5606e060492ae354244263cd7",
      "b2df16c01afc443ab264cdb6eb687517af241f1454a4680662448e8a9d776a045f0d46c0ae347cbbc68d37138b5e5d5429d4587eac75e1b"
          + "da0bc13976f03cf22c37576ddb33b5cb3422288936a9e0677e48fcfabb08a5e5d62585f4a7713a4708d7ebb77282a0f1780116b12934"
          + "4b9ab594303778295829e93b5a7f4d3459640cb0202b08dcca4b5d569d7e927eaa9d6f4cb76fe2451e14d0aabf52ce3e40fda6c38bcaa"
          + "7d3d8748818601b7a320843e412dc2da8bd26710bf3bc33f56c7ac364717604a1a54272f7bde15436f541feb5ca312a4702495dbebb89"
          + "20db61fedcb5bfd693d4c03567012ee3d95f2ed0adffd04382b96013c4418b100d1d1f8f545b0545ee9e57e2a8a95d04bbd80f4001bc6"
          + "7191142563b2c4025faca419410f0e08f9a53c40e39a4ff11ac839b25147651cbdb3191c23e55ada37e041caef58abe466fa3e893d505"
          + "55a2eea1870184a63523afada4006654a8158b5607d58398a2c87a1485ed8c78164377c7f12a5d4cf2d1e4f675c34f2838d2e756dadf0"
          + "d77e",
      "c02a160ecd7f774f857baa05bd1b2ad7aebfaa860706eab803d36b0a02519016df15f42bf0bba4ebb0cf36bb07f07777120e6cbb168a37b"
          + "b685b5cb5bf13ed99bed6b6c2fdacd62a1fb99ba64da85256970fbbc9f12c68081ca066770fe7d2a6475855dbb19243d35fa6e63616e8"
          + "f32c21d5d830c3acb99ef28b416f20e1acdf8e40d4242b7cfeb5864a5123e5fbacb2ce223f08e586910a9e81de64100acf751f366b14d"
          + "5ce00bc22ca5c79db8dd8d2e0d9f68f19304f1f748cec8cbeb5186596ed35f2088b33152191016395308af48c9fb016e0edf8526989a3"
          + "a50e9b1c95830ee17bae1ff9834c3915b87ba4cd8500635528440ae81099dd2ee4141751d0dba5e7cf0163a68241312fb1a239b855340"
          + "4781a623208993b7b803bce0f7fa02f2fe992ed654c3efbea01ed7db620ba4b505bd072ab387d0a0f08ed9e5d7fec9bfbc22d7a512958"
          + "0eca4c2a933f6f7aaa18a1e4f3f48c27973296b5bef6af7a4b8291daf65a98ca40ad75b6c52c6a0030d423a19a1870467123d843146b2"
          + "d63",
      "16dcb709bf8b0401f2197143e80e8df35dc13914eaf345efa59a167449dad788089925b00dba4d24ec94c8b9babcaad1280910081f00433"
          + "a9b84053876788ede4593aa82ef96c0ad0f667af6b6a56d7e6678d9f997671f338ce9085bd61ff9cba88bd23b37e96693b5c8d49273fa"
          + "d0c3b0ef770957500b22c51f13c4c0a4be02195acb165a8fae9b437cc28db85de0113593b4d1126ffbe0ec07c57e35e1984efadb80a96"
          + "5228e25a89c89923f1892d6ad73e97921c77eb360bf7337b4aedece27ff26e396f84b93e41d025ab6d9a324c55fe8cd813a069fafc018"
          + "c80f0df6743413f535a59bd20b8219963e903130fcf0bf9ed2cfb0528b7d6577de26b7328b8d2ff5c19f779cd413e418c18dc8c445fa8"
          + "0114a61f724762abb2452217b41a1cbc062ac172f887ef01c764daf5e00ca9cb49f3094d4c67799d769f98006ed2eabdfd9956054691"
          + "1378f41da62dbaee1e2396195f208edfe18064e687b11fe57268e92a20e891f6552a8ea0e9d6da511a6785d9b8d521843c9529cab25a8"
          + "facb",
      "405b57971be7edeaedc254e84e3a15d3", "8/+V2m2zdbNl0dPZjvvPYXQ0JIajUKCCuF8mOS/DMbs=");

  /** A sub as the user id (email-as-username pools), a non-ASCII password and a salt with a leading zero byte. */
  static final Vector SUB = new Vector("xYz789", "9f8e7d6c-5b4a-4321-8fed-cba987654321", "Grüße, 世界 1A!",
      "0012ab34cd56ef7890a1b2c3d4e5f607", "7f".repeat(128), "c3".repeat(32), "AAEC+vv8",
      "Sun Dec 31 23:59:59 UTC 2023", "12c75573edc80cfbc80e4cb26c053c2b93fe7e347b5bd57ae3cbb3c70a81f516",
      "998fe6054e80bc5da0f0e920d9b79e6d32fc07a6e85ac2c39ebf93456a9dc19b4a418f390c1de6a706d163bfc7b3ae85f5e1e90ed04940e"
          + "288eb6dae7cdb9f6b7d088271b620710213e6cc823c2ab34b97b29020468083639560a39379e53305dc8479132cd2558d831e3cbd1bb3"
          + "60b5adb05dd67644c93f5f229ea6d0463a6fb10d490af367f83fa9b18a7b73cbecfb3f584cd32f83bc76afb962b8b53aa8d1957f3536d"
          + "23bd6c3faf3f43274f0004364df20bf58d49e7a04b3897eb47eb8efa6177e2d9c676bf444449b0aca5456268a24713adfe6801dc3f879"
          + "b8775e72fb25fd43356d20ff6a18233fbfaa332ff192f4f06f0a9caeec594f5ef50a2e8edc4ac8fb2ce5605cd72f99556ce384256e36c"
          + "27438d91aebaa98005dd39f0a6f777e4ececeec9b7bd2cf2509982b3abb0549ef7a8a150595734a4e70abfc572af69328a2ae3e704498"
          + "8d23b558e46c85cb046b6da7c87332bcb82d584d8fd0c33276ff7f0de78e43bc5639b560addbe9afa45b18e053111c8b0643f7e87a963"
          + "d7c",
      "40a2942a319b0d9b925e876fe92d702af9fa7b18d6b64e544f3a1147a22a21705eb80f598fa6bbf162aeb8cc7a493c13487af32585433e0"
          + "47770f792c955a3f5be009f87ae6731645625d30bcfba2e255c5710ddfde786316bd89dda7368a80345a5215689b1e47e576164c732cc"
          + "b6f9db88939ee7eab8c5a5b64dafcff283dd514fd56802c797cbf0ab63ad2f91a442574e1fdc4c58926805ed4cf3c4956379d4480d3d5"
          + "02a7826e585f19eb9b4dd189b0ea634b943b7043a312c5f84cd554d212d9c44374b6c0a91f6fc4b8ce94990754b8c0c82cd32a5851b46"
          + "76adca184ce975bf29fa23d52bfa770407b3aa6fe5bd7aa353eaec3b324373d84da3bac72bdd0d06ad3f40b046762ea5545dbb59101c2"
          + "be6d015efc2dd269b122f95e65c7c9cfb8b1e36e26c3d8e346af96b68a93c48eddb3b9beefa9967ffe1d718fc912d263f644d3a8f8564"
          + "f35eb91dbb6c140314d054b2f73aa23c6d8a67ce10f528d056fa6cc108a44d5c77dd78fdd034a6a01f92f3e2fad6f30f67f6cb83aeeea"
          + "27b",
      "239b6b8ae21c42aae63932bb29e2327b2e6b95f804203e3f24bd437800e34308b3e744cf643e1167d38a514152638ab477855f0c8991875"
          + "3e4031d0edb4d4bc1e1bcaa546ef1c03759717bafa561797e0db804c6d514da81a0a475b42d345380bce9fee54b02c9506a93c3c78c6c"
          + "4a037b07a0d35b3d9871d544085ede35c3eeb1d7e258b3044be844402f6b80b42b21ed637de12a8e00334490f9dc10bed22951be14dc8"
          + "b98048a018b7401333cfae2e55f129367b0b4838a5d4ce807d42abbd41a89b70d52fe5c201d0a7ccc88866800acc176ee1dd8f71dfb6e"
          + "16ae93dc9cef12aded30669613d29cae8db3663176684138f1b042f66224612fcdd7d56790e748b3cb39df8d1992cfa306f9cf12b7ab9"
          + "797889fdc5a3a45da8762131460fbcdb3e6400da0c36fb7709499289e1ac4e7fdd8525c484f3f1592756050c0015f234bbe362ca6e3f0"
          + "a8cee73a3e9ff0a094d6c9ab3caed9138b1376fb330b103ef8ce6de8edf9db34d322c71f980f5c8a36dc4209b5de84ef164b7fbf3766b"
          + "63f",
      "743aee9b1024d93b85a9676493232dcd", "PvbT9snAcW0IspWyTBZYzRy3G9oTdgJZOcSZF5GZRac=");

  static Vector[] vectors() {
    return new Vector[]{ ALICE, SUB };
  }

  static Randomness fixed(byte[] bytes) {
    return target -> System.arraycopy(bytes, 0, target, 0, target.length);
  }

  static SrpVerifier verifierOf(Vector t) {
    return SrpVerifier.compute(t.poolName(), t.username(), Password.of(t.password()),
        fixed(HexFormat.of().parseHex(t.salt())));
  }

  static SrpChallenge challengeOf(Vector t) {
    return SrpChallenge.of(new BigInteger(t.bigA(), 16), new BigInteger(t.b(), 16), verifierOf(t),
        Base64.getDecoder().decode(t.secretBlock()));
  }

  @Test
  void shouldUseTheClientsMultiplier() {
    assertThat(SrpGroup.K.toString(16)).isEqualTo("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6");
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void shouldDeriveTheClientsXAndVerifier(Vector t) {
    SrpVerifier verifier = verifierOf(t);
    assertThat(SrpVerifier.x(HexFormat.of().parseHex(t.salt()), t.poolName(), t.username(), Password.of(t.password()))
        .toString(16)).isEqualTo(t.x());
    assertThat(new BigInteger(1, verifier.verifier()).toString(16)).isEqualTo(t.v());
    assertThat(verifier.saltHex()).isEqualTo(t.salt());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void shouldSendTheB(Vector t) {
    assertThat(challengeOf(t).srpB()).isEqualTo(t.bigB());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void shouldDeriveTheClientsKey(Vector t) {
    assertThat(HexFormat.of().formatHex(challengeOf(t).key(verifierOf(t)))).isEqualTo(t.hkdf());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void shouldAcceptTheSignatureTheJavaScriptClientComputed(Vector t) {
    PasswordClaim claim = new PasswordClaim(t.signature(), t.secretBlock(), t.timestamp());
    assertThat(challengeOf(t).verify(verifierOf(t), t.poolName(), t.username(), claim)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void shouldAgreeWithTheTestClient(Vector t) {
    SrpTestClient client = new SrpTestClient(t.poolName(), new BigInteger(t.a(), 16));
    assertThat(client.srpA()).isEqualTo(t.bigA());
    assertThat(client.signature(t.username(), Password.of(t.password()), t.salt(), t.bigB(), t.secretBlock(),
        t.timestamp())).isEqualTo(t.signature());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void shouldRefuseTheSameSignatureOverAnotherUserId(Vector t) {
    PasswordClaim claim = new PasswordClaim(t.signature(), t.secretBlock(), t.timestamp());
    assertThat(challengeOf(t).verify(verifierOf(t), t.poolName(), t.username() + "x", claim)).isFalse();
  }
}
