package io.papyri.local.qa;

/** What shape of answer a question asks for, read from its wording. */
enum QuestionForm {
    /** Starts with an auxiliary verb ("Do they ...", "Is the ..."): answered Yes or No. */
    YES_NO,
    /** Asks for a number ("How many ...", "What is the size of ..."). */
    QUANTITY,
    /** Asks for things by name ("What datasets ...", "Which languages ..."). */
    NAMED,
    /** Asks how or why something is done. */
    MANNER,
    /** Anything else. */
    OPEN
}
