package org.annocorpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DcorefListsTest {

    @Test
    void abstractNounsAndDocumentsAreInanimatePeopleAreNot() {
        assertThat(DcorefLists.inanimate("enthusiasm")).isTrue();
        assertThat(DcorefLists.inanimate("Camera")).isTrue();
        assertThat(DcorefLists.inanimate("woman")).isFalse();
        assertThat(DcorefLists.inanimate("officials")).isFalse();
        // a word the lists do not know is not called inanimate
        assertThat(DcorefLists.inanimate("zzqx")).isFalse();
    }

    @Test
    void rolesArePeople() {
        assertThat(DcorefLists.animate("businessman")).isTrue();
        assertThat(DcorefLists.animate("Senator")).isTrue();
        assertThat(DcorefLists.animate("statement")).isFalse();
        assertThat(DcorefLists.animate("zzqx")).isFalse();
    }

    @Test
    void firstNamesTellAGenderUnlessTheListGivesBoth() {
        assertThat(DcorefLists.firstNameGender("Donald")).isEqualTo(1);
        assertThat(DcorefLists.firstNameGender("hillary")).isEqualTo(-1);
        assertThat(DcorefLists.firstNameGender("Jordan")).isZero();
        assertThat(DcorefLists.firstNameGender("Zzqx")).isZero();
    }
}
