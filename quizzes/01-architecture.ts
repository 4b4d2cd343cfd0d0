// Quiz of lesson 1 (notebooks/01-...): the Siamese architecture, shared weights, embeddings and
// cosine similarity. Choice questions are sealed (see quizzes/README.md); their plain source is
// test/fixtures/quiz-keys/01-architecture.json (`npm run quiz -- seal <that file>`). The
// numeric key and the code exercise's reference call the library.
import { choiceQuestion, codeExercise, defineQuiz, numericQuestion } from "../src/quiz";
import { randomInteger, randomMatrix } from "../src/quiz/random-inputs";
import { cosineSimilarity } from "../src/similarity";

/** Lesson 1 quiz: 4 choice questions, 1 numeric question, 1 code exercise. */
export const quiz = defineQuiz({
  id: "01-architecture",
  title: "Lesson 1: the Siamese architecture",
  description: "Shared weights, embeddings and cosine similarity.",
  questions: [
    // Question 1
    choiceQuestion({
      stem: "In a Siamese network, what do the two towers share?",
      options: [
        "Only the architecture; each tower has its own weights",
        "The architecture and one single set of weights",
        "Only the vocabulary of the inputs",
        "Nothing; they are trained separately and their outputs are averaged",
      ],
      select: "one",
      salt: "00be9d5feedf257b",
      keyHash: "c3770a775b1e8dd82d0c417d02af7c377215596d8d2701e04b7a1e1205caff78",
      feedback: [
        "v1.ZjlL_wb86hbxKkkLfgMzbo1bbaAMfHS6hjKizqCrM1uKBL-7KGSI5lcb_emsdBp5gdj9ySmKfT2prqOdXIwJ2F3SBeU72J49Sdrp4cX3Chbs1r43ShKwrNPR8BJYpV-hcHPDnivjcV3yJyMkoJhdF-6W5gdO7K-K5x37DwyiTQpJT4tinBbI_El3X5lngjKCgc5ArIJDh6sd_acUl5C8omQizrA5wO9K1azoaudAtds",
        "v1.HQ93v0_79oPR6BKzO87VBmvOg0pwdV8plMADLNvpdY9aKW_OVrY0d4LGxGD-7O3nKwsxBsID50n673FYm4kdJaJYt2luDYJ0MIZlq_u2-1Ej5JGZkZHCeoNQBtfAOADcP3PlzU5DaPLx25WDmACb904GUTu0sVjycZHpdNsJY7U3_u0ZxWPO9g2d8OlcDvaSPQUp1nOx7vyXkyetjHZsHqqMULydPc-GmzOReZU6lVU",
        "v1.qHc9F-2CXctoqi6pqTTCBXqHgCbmbZO_CbEFaCdDjvoFCaJjOlVksfv5t_JVKTT5yqVgtn3uarYERqxmqaQT4KET0OyMusDV9_0qe1ZEBxtb3VwJhqc5ucw6wsUBe_5DNuDzATClaGWebgn5DgPZlIi-CHhwo6mMqJcE-tK6OE2hiMq8pLYDw4haNnK7rZ45SjkIvYFNJJAJ-vM0GbBRNn90rCe_V4KG-zJxDGBGPhY",
        "v1.E0AxzxaJdEV0IXU49s9M5E7Jm56r04GJfg8bu6fhR097IG2OfTIwZlS7uGH_D-tgp8ifwkaeOB8HUjfAAA6TzaiQ0IfqF5czjL67yQ8-8iooGESSgsqlgC5aVmJ4KBA_dCn_nxusotT2DcR2j_Xz3GtdwmPUViqi6pjaxPjm9NOEL2Mi5CDy9GgE-855uCA7DFSaBxTx0fD9xyqU2eJbfrtI7py0wM6toTmgQACFw-E",
      ],
    }),
    // Question 2
    choiceQuestion({
      stem: "The course's text encoder is embedding, then LSTM, then the mean over time of the non-padding steps, then L2 normalisation. Which statements about its output are true?",
      options: [
        "It has the same length for every question, short or long",
        "Padding steps do not change it",
        "Its rows have length 1, so the dot product of two outputs is their cosine similarity",
        "It is the probability that the two questions are duplicates",
      ],
      select: "many",
      salt: "e7e05ddb21209af2",
      keyHash: "a28af4ad18f4cb286a7c6e7611f4f58fde9c8eae16b14261028b46979567de8e",
      feedback: [
        "v1.rwYYOJYMWHk0X29ad0A_rDEZTFRywj1NHOBlgm4dz2skFgnymC_HilcqD8sX6y3_4_7MRxLF87u2s2HZ0TihgEoSaD9PlCEMHg605LhSpZURHOuQDB4PCVup9HK7qLgKthmQI9a_06YTzGwg41oVfFLvAnaYCEcOIldpnImgXimC9VAc5Jughx-mmk7rd2ONrr4LQEx_66U9jvUUsrxMXA",
        "v1.CqvsTutjd0YOwlNp5rtLifs1ntYo78zYFbR5zi-tuPnl9EcshCxz5LtMne1ZIhF3lgGYDFmRwezIpx3CuWHtc9bK5yV2C48pYxL8PxDStwOvOSEs44ltJlaEry-5PZF8rZPLio22g-JvxrPtzo44MCdFxlyA74ogDOo95dWpHI7MAN-zxcN9orfix1Qq2ATvCrSnGOx-niv05hHLchzZdQ",
        "v1.k__cKTaTj8ETOZkh3aVSVTkWYKCBBH6DCKouc-QKm65Vs3bQBXz_V_pefFByO2L_iIugoMZmRe3dPh0tfjhsTyDk35uZA_-g_3by6aZKKpQWIO3av6e1zRcwRzQzVwrQUIgC22viEiRRfBm7NUBAwV4Z8ggC6QjmK1MTSmuxBrlYnVC2XDNoonPfeNxLtk4ltCIuUsQOaLZLbwrGmH20bw",
        "v1.rFuHdPA6xWfQAZi7YYsuFygZW53yqBcc04UPOoTaGiwl9ukR_nB1ZYEgC7rxZ7EocSciiS_LoERb-Rq3hdyrqgR27b6fHz5EfoPTI9h8_cFpOqcsjYUxsjfwWv7tir1CnHc_JyJrm0wqZTIMDL9uQ3S2EpzU0JF6EvRnhsirwqaehrzEMQzqBYH1V8WkuP11705rnxo-1mg0Vj4wduSwNg",
      ],
    }),
    // Question 3
    choiceQuestion({
      stem: "What is the cosine similarity of a non-zero vector u and the vector 2u?",
      options: ["0.5", "1", "2", "It depends on the length of u"],
      select: "one",
      salt: "2eb9638a6293e787",
      keyHash: "1098cbe95da4941158fbbc48c3cd5ef8b9b741ad0a8c9c63e828d0dcd7991f82",
      feedback: [
        "v1.EJYtZY8GS9f2YHI0OjMso7r4yhkcx-q-_n23HdpipOpqB3vr9Rb61kMox3R_3LLDmNcgI1PoLhlkuEV47F6_AJ3EN2vCzjh9c_ETBlCs-PnxNoVYiiFeG9x1FH8FhtJUGI5iSOnZCUxSdPk0DTZ_rB6PchTEKo3xvOD0ii_Tt94fGfcyJezgqFZDiVd4JC_7",
        "v1.A5_Vr-LGe1AejT1J7EQtM0H6xXsmtPufU8XchL7YWS6wpjkI_veZSdccQsNqX3mtXX6cKIQySqMsUO17duhD_XdQRMVgvsOOAZhosOdBIu09zjlpHnJH7OmWS-9KtpJubgAP__gqqsQ343nUOmhIxhOKTy4QILE0db0ME5-0ZZPXV1Gl2F8YPuycTo7mz2DQ",
        "v1.IH1K9kCUYivcp-tlLKNk8b2p_uEHyes63PjN9rP5GznJa7xck_vmDJwfJsIbUZJDPAxsX17jfJT0EYSNkj1Snmb15SgVJ8cn03GZ45wVxIIwz8n7flVi9FEGG1saRtMd41vtw_1J-kjlf-1_IwJzsBfzl-WF5vUfsvn2QdRXzhws_uSCVCPd1tBHQTwdY6v3",
        "v1.KnHvFFtqS-s-Ylk3udWcCPe6kKkdx--7zK6UOOevSYcqhEdpKZgCwjYAvZ7AMUOMX7xpeCxxTAiwg0LcrlKNTVhRYgWDCf10vImFk7BVH_c7uzMhXVVwkj9MUo8ggOrQyn90I9_4xeDAVzo5HHHW9Ojnwblt5sqsIqOR2aeDRCCS9fp_gLmWecZp2FX_d7zW",
      ],
    }),
    // Question 4
    choiceQuestion({
      stem: "Why does the encoder L2-normalise its embeddings?",
      options: [
        "So that the dot product of two embeddings is their cosine similarity",
        "So that training converges in one epoch",
        "So that no similarity threshold is needed at test time",
        "So that each embedding sums to 1, like a probability distribution",
      ],
      select: "one",
      salt: "6b76202b0eafe893",
      keyHash: "0d58c69c5ab3ae6249d56e7774a4885657cdc3088a409d00d36bf069ed982e12",
      feedback: [
        "v1.50WLm5TvS0w2eiRL0LYc5pLwX3xQmWzdBHWThnKcIMTLFL-qB-2y3v81swOwyAwjFaKbr_qiP-xcjhflfRbMltW9eAj8KS_5QGBSykjHIgshJyn3v1Sq7JnadK2oRI3Snce2_rcGMqIDp7WqOm6IMfGFev1O5aKjq-T1RdXJJ43GQn13jedzHCjsnW9MtfKG_VsqkA5WoVrk_DIsdQK2wA",
        "v1.8QbLh-zWDVFxB8UpCtA8FauXwFgt0qOfYlYa0VafZ-WlvbD5l8W91r776-yXKd89u5IriEscQsXO64GEGSxaGYc8xULUqoqloSLXJCQ0eyB1ELTPL0LdH4xg5ELIAZ4BtgFrafmZc7NgThP9sKXh6BfmwE0sBkXz_f1NTNG_rokOeehFBV94IftInThYJn8a1yopoKFnRxO2epXsaKeiFg",
        "v1.C28hzHr27GePfdglqwW8CW6nB7zNg-5HsYU2LvQ39aa62mAT1VlaZzMbBKr2GJBFFvWHLyOfmYbHdcMeki3FRlY8k1mXjl9Ka2GGxcqSSu0Dwq2YvArybyyck1UB25GDyoLN7x3r7xDLgah6JzNFGjbM8cabhe0P_N2sNbkz2zumGP0tYsNS8f__D6FtIVzgR_pYamAvbuDp0G-Cw2pcHw",
        "v1.1EYHtyNnipi6eMG0PWIbTsIjQjf4FyuFJJJWqBo1xSH6gF7TPJW2ap8BaXJEZdc84wNvlRKPVBrp-SJSx_-Qf6kLf3qlCCy50Qg_R19FYMYoHaJVdOdaw0UAiuyzXpITOEgitSg-3vjJXNQAVnzSI9TprAYjB8N_sKJ6KIo6P06gWS2C_zACPBBB9Ep4et0f8AP3c6izqliZLxP4UpJdCA",
      ],
    }),
    numericQuestion({
      stem: "What is the cosine similarity of a = [3, 4, 0] and b = [4, 3, 12]? Give at least 3 decimals.",
      tolerance: { absolute: 0.001 },
      answerKey: () => cosineSimilarity([[3, 4, 0]], [[4, 3, 12]]),
      explanation: (key) =>
        `a . b = 12 + 12 + 0 = 24, |a| = 5, |b| = 13, so cos = 24 / 65 = ${key.toFixed(4)}.`,
      hint: "cos(a, b) = (a . b) / (|a| |b|); |b| = sqrt(16 + 9 + 144).",
    }),
    codeExercise<[number[][], number[][]]>({
      stem:
        "Write cosine(a, b): a and b are number[][] of the same shape [n, d]; return the n " +
        "row-wise cosine similarities as a number[] (row i of a with row i of b). A row of " +
        "zeros has similarity 0 with anything. You may use tf or plain loops.",
      functionName: "cosine",
      signature: "cosine(a: number[][], b: number[][]): number[]",
      argumentNames: ["a", "b"],
      starter:
        "function cosine(a: number[][], b: number[][]): number[] {\n  // one similarity per row\n}",
      fixedCases: [
        [
          [
            [1, 0],
            [1, 1],
          ],
          [
            [0, 1],
            [2, 2],
          ],
        ],
        [[[1, 2, 3]], [[-2, -4, -6]]],
        [
          [
            [0, 0],
            [3, 4],
          ],
          [
            [1, 2],
            [3, 4],
          ],
        ],
      ],
      randomCases: 20,
      seed: 101,
      makeCase: (random) => {
        const rows = randomInteger(random, 1, 4);
        const cols = randomInteger(random, 2, 5);
        return [randomMatrix(random, rows, cols), randomMatrix(random, rows, cols)];
      },
      reference: (a, b) => cosineSimilarity(a, b),
      tolerance: { absolute: 1e-4 },
      explanation:
        "cos_i = (a_i . b_i) / (|a_i| |b_i|). siamese-lab's cosineSimilarity(a, b) does the " +
        "same on tensors: it normalises the rows (a zero row stays zero) and sums the products.",
    }),
  ],
});
