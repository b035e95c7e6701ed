package dev.rsvpbot.ledger;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NameReaderTest {
    @Test
    void theMinutesNameEveryPersonTheyWriteAsNameThenLogin() throws Exception {
        String minutes = Files.readString(Path.of("src", "test", "resources", "minutes", "s3e6.md"));
        assertThat(NameReader.fromMinutes(minutes)).containsEntry("hwfan", "范弘炜").containsEntry("arronhzg", "侯正罡")
                .containsEntry("vdeamov", "段嘉铭").containsEntry("fuyunfuyun666", "刘云").containsEntry("huan", "李卓桓")
                .containsEntry("23luz", "张璐");
    }

    @Test
    void aPlainMentionAfterANameCountsButWordsBeforeALoginDoNot() {
        assertThat(NameReader.fromMinutes("- 王五 @wangwu\n感谢 @zhangsan 的分享\n谢谢大家的支持 @lisi"))
                .containsOnlyKeys("wangwu");
    }

    @Test
    void aSelfIntroductionGivesItsAuthorsName() {
        assertThat(NameReader.fromIntroduction("大家好，我是王琳玉，北邮研一")).contains("王琳玉");
        assertThat(NameReader.fromIntroduction("Hi all, I'm Li Ming, a master's student")).contains("Li Ming");
        assertThat(NameReader.fromIntroduction("My name is Ada Lovelace.")).contains("Ada Lovelace");
    }

    @Test
    void descriptionsAfterIAmAreNoNames() {
        assertThat(NameReader.fromIntroduction("大家好，我是新人3号")).isEmpty();
        assertThat(NameReader.fromIntroduction("我是北邮研一，做推荐")).isEmpty();
        assertThat(NameReader.fromIntroduction("I'm Excited, see you")).isEmpty();
        assertThat(NameReader.fromIntroduction("I'm a PhD student")).isEmpty();
    }
}
