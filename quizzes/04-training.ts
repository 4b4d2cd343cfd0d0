// Quiz of lesson 4 (notebooks/04-...): training with in-batch negatives and the course's loss.
// Choice questions are sealed (see quizzes/README.md); their plain source is
// test/fixtures/quiz-keys/04-training.json (`npm run quiz -- seal <that file>`). The numeric
// key and the code exercise's reference call the library.
import { batchTripletLoss } from "../src/losses";
import { choiceQuestion, codeExercise, defineQuiz, numericQuestion } from "../src/quiz";
import {
  makePairBatchCase,
  PAIR_BATCH_FIXED_CASES,
  type PairBatchArgs,
} from "./shared/pair-batch-cases";

/** Lesson 4 quiz: 6 choice questions, 1 numeric question, 1 code exercise. */
export const quiz = defineQuiz({
  id: "04-training",
  title: "Lesson 4: training",
  description:
    "Batches of duplicate pairs, in-batch negatives, the course's loss, and word vectors from WordNet.",
  questions: [
    // Question 1
    choiceQuestion({
      stem: "A training batch holds n duplicate pairs (q1_i, q2_i). How many negatives does each q1_i get from the batch itself?",
      options: ["n - 1", "1", "n", "None: negatives must be sampled separately"],
      select: "one",
      salt: "9498adcddd680b10",
      keyHash: "82c99983cf87f77d4776cfae05c4755e48aa74e33ec8ab2dbb428ce33289abb2",
      feedback: [
        "v1.25KWIzDR0VrCQzYPmTeywVVHwi2xZT3dsFiMr8BT4v6g3Xs1Ov3dwlR8olWRC6I63x61yFr3SH8LHxxhEEhhQXw6MruvZFcCND2vxGqumddARa6VmyKWTvi-UZLmZ6TNQngaj_2inpwnbP_XVPV4Xi_qmJmu5CjwsSXUXKOouoEhvIzGfOy2NUyNUZZcohO6ikmUkQseaYZkl10193_x_Q",
        "v1.yczZILniXen9Zl33JpQCtExAPHy07_Dr6kg850MEO_ti1ZnYGCuXbBJhBhaLp55UY9SVXV7yUUGZft4bo7aFWhbZS3wyXgQQTAnk1B8J_u59ia7W2LRfSeq3UH2OVt0ZZoYNIR4TmkMM8y08yG8vNmEg7bm2zuhG0W46IUOOTClaPQxza3CvssYgHe3_Bkv7LEsbb2IKX-v2DnQu2Gkahw",
        "v1.4lLR3819wNcn8LfuU9W6OudSmDUgolcHQZ99RzAkDFqL9XVeWd5dHGsKxIYrWGI9vra0bk297KLSCdrMsA232kIRyEUtALVtOnAKt66xh4y8WgJEIJfMXpfnaBRlrgnUtJA4Lui-qCdLtDnY7nuOCNJrC2BjiLuQO4kUINMv-fDlXuIh3j8Z4gsTpfZ5ZqWD1OLW_AM0_2J669YD8oLTgw",
        "v1.fApLutxcrN4Yt3xRJOvBL46wtkp7kP5s-RVlt0z2lxDRc5IrGkBuAXeyeF-ZdHCQL6mMFh6NKx-_osAVBACMCXfSyrGEdzrjKpbeLpQqB_FIlyF9eUnQxqGs0NO6xXOxykh__wGSNIKw0lE5unuppDNV3X8lJCu_4Wb9PNMoK47WgxiZi8KCWL2sd8XyJu1rgvxPrxRPtcNjJ_L-JOfteQ",
      ],
    }),
    // Question 2
    choiceQuestion({
      stem: "Why should one batch not hold two pairs from the same duplicate group?",
      options: [
        "Their 'negatives' would really be duplicates, so the loss would push similar questions apart",
        "The batch would be too large for the LSTM",
        "The loss would become negative",
        "The two pairs would share padding",
      ],
      select: "one",
      salt: "93546471e9c566ec",
      keyHash: "5916f381703caeded4fe3a0ce880424469362ab6fe76cf228f0ba7ae6265a22f",
      feedback: [
        "v1.O23E7MuufuPOPkbnO5wimLywg6tOg1_6oQwVK0TEe4GRvRNh61yyfCwX4vLYnkvKN45x9-j_kqfmiyLDe6Ka5nbtfUomFnWc8T0QSXalqap8JA4pqYIufaIbsU46T6OSsT3Wxxt-YK3KqTNlyjT2zWjFGjLts7EZNt0PYEonR4LQ0mgFv5b3fpRhWTTdxnHgzucJfABJ_E_qwYfmsrV0BA",
        "v1.anEkLOURWM7EFqsqA2ZVkm8N8EnbrC70tIdT8ogpTDi2eUkv8TImbfwCH1WOJetlxOTCoq5_N5bmiPLP71msFfsR0l21pCVWzZ4lfDG6NRUHECMmf2RD5mkerokGticGXWaM4Soh8QFg2KPtFAmgRB3VdPDjWw6lSA5qR-u7OF3MSZWj_yh29p5aPQWE2a0sejIiYTMO6ODOfYYFIxefGQ",
        "v1.oNy3tlWymucyIeaTQhwoooiDuUNDD4e4GpoH91zt-yTkZM9_BhSVxv0w8miZSNa5vZxTlgCOA16_jOPiME5sxMhqMUjA1N2UkKScP-RbXaqDjb6QmzMEYwOTEsg2FHYUy4btDkjoks3tboLFE1L7x8xeazu1hw_G-xa1v-m_6VwNLS9XUQ6Cmsuo48vjbGVtdpwTj_MzJqRZrqA7djd9dw",
        "v1.uWIbey3FWNgc7Qkq-gEdMkOqbjSTo85-ox-Uv48rsaGixSLRo7RLrcM8b_Op3WDhf3LAHL9APPE82OqpAenxN2CSZpbfoLojiNiLYGJGdUbxwhPMufzepUvqPsx7aI6AOnI_CQh3-b9iPwDnegtbFW95fwP76phO_xqugtyrUiAdtrK1hsVzq2FcoJyaeY2ZBWEmsA9szMszo3lLbRX2EQ",
      ],
    }),
    // Question 3
    choiceQuestion({
      stem: "Which statements about one training step are true?",
      options: [
        "Both questions of a pair go through the same encoder with the same weights",
        "The loss is computed from the similarities in S = v1 v2^T",
        "Each tower gets its own gradient and updates its own copy of the weights",
        "The gradients from both towers add up in the one set of shared weights",
      ],
      select: "many",
      salt: "6d8fb634e42a74e9",
      keyHash: "710d68cab264b000dc5d73a3ec1e555b1890c9c0dbb962c2ab0db960622310e5",
      feedback: [
        "v1.UwCx_w1O4k1DjjQZZHDIVFjROfBB7V92GFuzUB1ScUcTWDHYfPSSzhLZ4-BejHVM92xr741MAVLzZjVBNfyVmj8UAoA8tL6CNFRtIH8m3CeBxKYsFCA9ua-LvAtZiZdrkhyPanTgMym0ETuhcDCUm5js1TIXxwUVqs2-KjBG_bU",
        "v1.YFc5vBcobnqzU0C0sWH8JLAoiup5Hy3At7Oumea3vw6ZVe9VPkIb3xmqr8MmANwHHENAmjOsEyKvA4vMqsd31CYpjMdE9vgfwu_z3dctMvMctVe4RN1GxIIIMJxfzv3aU-z2W_1pJcdwUme3us37d1IqxQl7h4ur3pUY5ooB44Y",
        "v1.te4psZhhyk7egh_NL2wXrLoubewRJhlaks-Ev0zdboX1acOQvdLE9Aa6q6jO21rNpgfE0us18_BK8UQYWHQj3HEeYWta6QOpreOPgauy6VYkRf9fZIK5dUZ0Ds850Z1iP5X70Mf-jvQJrU-21GofTGbCGUMhOG2VWCJA9uJxBoA",
        "v1.12VFyDfaRN8LkVSeVt1KaDbJ-7890SCXC794mo3ABy9QOi54UHiq1ZP13HoZlFD2JjhoPZ8CmMX9AHfucvNVUxZZ-qWsSqc1l-DphAeZRMIKM-Qfrp2BKnNESYjXyqwqgW_-50KCLk8eQLuSahbkh1M4datoVD8qLHS3TxQG8tU",
      ],
    }),
    // Question 4
    choiceQuestion({
      stem: "The training loss keeps falling while validation accuracy has started to drop. What is the most likely cause?",
      options: [
        "The model is overfitting the training pairs; stop early or regularise",
        "The learning rate is zero",
        "The margin is negative",
        "The batches are too small to compute a loss",
      ],
      select: "one",
      salt: "e55039ca4c22315c",
      keyHash: "63cccf20765979fcc32bb3d8c11630658c22562de85229d2db437544571478bd",
      feedback: [
        "v1.2Fz1OG8prP7_bt6bswWM1GzHj7FixpwCL0fcyuVV9_pqJjXv92Tpc31reB2gY0Zz65LI_sT1ffquAgPm_IjyAij6_pmSVaW4rAkNSvXOcfH2zrA6MRvjgt7RF5uVHybZs7hXKOocP7xZlvUDc8kxmdsDVWqS070bVV27RAQVqZBxun-zKIlYFRXjgcub8TDW9CGkBoBDIuCPs8kW7p-vQpIY3i2KuYdPuVX0ZRNE7XJOr__fzP2cJilGsGV2sYG0",
        "v1.bYCiTK6sWtzXyUKT92MHcmTCQdJs23DSaM869UGzZibJ_HjeIXT-rF97xGD_1trzyEGjOKoI7over5eCMzghJmsNkLeE8HosratoQIgVqDIjhZ9u2W2r-A5zcK2o8NOL3EpISj8SJ-LuOiZqeVD8j37u5Qp49mo1SZqt8JLlL0VHqrQ7V8VFPVcIasz55mm58oCOh6VD6_ayMy37n6V9Y8UD0oxFhEajBwhZdaK4E0qUKPUcBka-wfCoo_2s_Xrs",
        "v1.hwecKPMCGbyy_t4T0Ure9WfRqa_LZ5lA6mYp3rdEo75pvJO2dVPzoe5bqTewbzjE8Y6XOFSGhJiYeOAorX9v2IUp_IfruZ0xDa5yB426GKUkIjkB4tHARYovlmKDEujKXzpblC7piB_J3EjVZ60P8CoaPG8lVabuIUNfDpHq-RXd_Ar32lNvBRMQ4GwTsy-ucw7ZGNpF167eepqpyv-Ikp7Tvatc1MOPKrUX4gcxA9zvIj5VVf_SBDGcuNwcHiW1",
        "v1.XlGG8n6OaNXl04ubddbWB6XKWbEmdSduKv0Cq6xosdvQ7qQdN5pj2rb8s4hn66jXeiQy9hDOnPhxx_F7tAOKuY1bwFQ5BszjS5ZSmMkGJHil4-CGVAwEMskPwAPS6lO0wRmqFEEQk6eaS3jib4rtRSggGQPTst_XQFdgStEgtzXTfSLtiPSVTGg7V3viOne2mUCdH7Q9Up-xz5RipF9zLOUA-hLZ1oIQXo0wZObucTOmbhfm6TRxHP-TsrhjV9xV",
      ],
    }),
    // Question 5
    choiceQuestion({
      stem: "What changes when the batch loss uses reduction 'sum' instead of 'mean'?",
      options: [
        "The loss and its gradients become n times larger, like a larger learning rate",
        "The weights that minimise the loss change",
        "The negatives are ignored",
        "Nothing",
      ],
      select: "one",
      salt: "09a2ed3451c65795",
      keyHash: "b59a9f9d56aa53fda305f18a47296829dbb3a5379e1c3684a3c3c38688f3c04e",
      feedback: [
        "v1.xKfLXPLghWS7kMJ9KsrCDyW3O2JLbFJrzW8fdoNa2uTmKLqulXzrfYQQ43jaONbDA1he8fA3qUHGEABpl-HoLVdgbBAEvTxVCc59x9ktSQBxj9FF_8bBvA9rz3m2h5bXCftuiHzDl-T7xhY_o8fIR8vB5z6RjBmJzZmXCvgPVeym35uvB1l81oaudDqHdnPi9rL1BdjXR6XNu3Yu6DaNqA",
        "v1.SYGwbtq-8PkUr7PFeR5ZCgq6cgUWn1iXICyRrOx30Gg-gPRyo42jwhXN1Rn_B4_h3Hk0Bnz1uSIVPkM8w8quhvBrRklMy3fXBtS-sg2p1ri77AI_coggA3hM4Z0Mp11oKOoaKgmHgpaePZFAMI1Rloy17jLod39uj0CPr2qYfj3aVDAwNRnMg0pbjHIF5z1TmxRBa75vqk5bvUqhkLxKTQ",
        "v1.HqlyQiAH-vJ5u5AY7pxUV4zYTB7wRzUGiN2jIlv3sNSYDRB_2ANKGoT-j99-PYZHoTh8iDsSy8aIe8GvNmkiuTVlZf77Vj4SzJh-aAP19q9AfdHC93uWQpXzljv54jPCcPGfINCshzwOboK9s5kZ8XGtgXNbisuDOgO-zjTMkwYyKgXqGH86dlK_-MeAiV1TTT1PlaxWs-WPW0Mj8R5fKQ",
        "v1.lmFq6x9S565DWjUA4I1R-uPjcI4m6U4xDLpefNS8EM8Mo8-g_R0UyoBLKP3WAHDiCJ7CBYrmSG9WcCqQ_15urpEmJc7NEm4zx9t7j7ze3eWNqyucx1XLM1a1So2mVOMqP9JPXKO_T5EQLFZ07wz_QTsLc_raK2q_2Ko9RrqpO6XSSkaeRVrgw9_0rGna4fcqds0IPWcNmv9M7RXK4r9YfQ",
      ],
    }),
    // Question 6
    choiceQuestion({
      stem: "The encoder was built with Vocabulary.build(trainTexts, { wordVectors: WordVectors.shipped() }) and createTextEncoder({ pretrained: vocabulary }). A validation question uses a word that WordNet knows but no training question contains. Which vector does the encoder start from for that word?",
      options: [
        "Its WordNet vector: the word has its own id, and training never changes that row",
        "The vector of <unk>, shared by every word the training questions lack",
        "A hash-bucket vector, shared with other unknown words and trained on rare training words",
        "A new random vector, drawn each time the question is encoded",
      ],
      select: "one",
      salt: "a1574e3a05a54990",
      keyHash: "7e2931403e261898ae85e1adeaa71070566375aa6fe4b49f13fe968a5b79ede4",
      feedback: [
        "v1.lSKh7-D2Nt5ZkzzMnqzfOGK5edgSbDpDZYLPTrc89b5X4mLei9oO8BqX8xDDzlpeUrblPt7tAZ56FYLQ2ygaFiCfoJ6J0jW9IC9LzfozKAND1eVtjc4F1pQGpN_dgIoJpsSJD87e_yM48_zzBNjakkggCbICHLd9GE9qh6rRjWT7rIo1SwuXuZ6RP8q-PFyz0LBarZMV-4SLoR3v0kjdux1c-h8zY1zFgmJY1LQmLwJ-OzDu5BqedMLLr-Y3rh7ahLl78n7--mMZMaWbgMFOFHFQX44Bq7z1ZJktQBUi8t8MgQMgaZWuxTbNViULWXbFnFyuYSQrd2novRGDJI3N0Z9oIGnu7GZ7dq563oINcAHD4cE5BShCkoD2LhdFzJBxPG8jWtWF4mYilWT7qW-hW5vWv3JFCOm4aUYmZ0N_1GJJm3QTDes7xI8k0dHDEN3fOiw4_9TbgwWan5P-g1yfog",
        "v1.k19ynr5qm-OciwKi_zIqPbHU1BCfoEBGZnKBgAPV_N9iz0Tt3QEZf06ldZ6jsOvdTEOESzR9tFgLMTOVxAIM6p9flctO8GQ5B1xpvwJoo93f_R8OELGiR_oOzDx4MTEnuDlyX0fP3VXe-4TPXUfqizQa0X_9okzXV_JTymxQD6zdKxv_NDp5DsBPXev2OrRnGUnduimJmv4uf9C0wrg5CTLEWMyujdqHQLHCLp5sOn4de5vNZr0k5XdFcIjA3cvipEdqxATr80pMfYvSJslJD8FJCy4FQKazOgAE2yXoTaeJYkfM9isgBP1duMXB-1xe8fYvd7e2XdORU0RXAxpevmytY2OwBUBXgC69BtCyzLX0nGtnDoPW3P0czY-3D0zRd4PFazOGe54InWIa6R-iS8mrVKThGlaMttyLhqHbnW7wOLjfuC-Dn15A1ksZ6L_zgAm2Hw4TcHh0uvsC3CVvZA",
        "v1.KGrrTQVDGDhF2dS-GIXMaNDosal0gupRvwEn7wCPVQVbPHd5rIjqJTnWAsV_vpb3vPccC8ZwMSQQHspoVyP_W3QJR4Q6REyfVO6vF_zBo1qi7ryS0-_ToTJ4kn5oQ0AfaWC__IYAzQyAjZ0xlHU96GbIX7W7zt4BXK_INeVE2_SYvf3QxBJVi-3Ph1qA2pzevGZEjXp3gIUhiG0pZahJLPMgg4BSP2FYCE4bPPOXqi_YHRido6VMBWmGApgvQIjE0jntdp7SEbxZAathwffvBtPMCv6T8KUWZ6gaAes4S6TyHntO074bKbOVdwnWnb9uqQFwBYtDYd9tmnF_b3whERVP4w3vFO2YEnWAujnwZI_8RU0J9zV_JRem1W74F-DxVOPLxXB9_6EzR-Z9SypvubrdwcHBqPw7e6nNLJC7zL7o_xPn-xMCm44bwnOxRKJ2plZ6uaKlf2C-DxKfWt6Nqw",
        "v1.VC0LnxJzlyzvqejagdNGllijDGc7ClpLuNuhgb0aB1cyXd-e4x4LG3qtnyzAGrNAs3g88XZEJzmmtV9XMFUj0s3cD3X2hPPqHz62jNvGEUC9HoffAi7Y9BoDje0QhcXnVB22nSirxMzHup48s1yCVfMnRQaCfy7TB-0RVuDZgX7LMuuumGaolL8QMJ6Hj1uBboyv0eMPGBxGKAsYm57Jm6kZTNIYvn5e59QgcJKo5Gnc3DRuWQwb9YszQi1QU-FB9GclXUNzjzeKfGDW8UKRZtTjqOMHhADz1c4GF-FPx8eAElFRx26gYDzuEaa8Uzvca5Iqi2iyQp-Op1YB0OaLg3x34zbZ__aBoFIJaAv3NbaeywarYTUhZD9IubGAgKewoVICTYlZm7klV0-GthZ6B_-8p4Nd5x3PwwNhRw8Du6s2wv4XztFZrB7o0RFpQ4blvXnifL6Dq-m0yBxfBIB0LQ",
      ],
    }),
    numericQuestion({
      stem:
        "The course's loss on a batch of 3 pairs with unit rows: v1 = [[1, 0], [0.6, 0.8], [0, 1]], " +
        "v2 = [[0.8, 0.6], [0, 1], [0.6, 0.8]], margin 0.25. Row i's loss is " +
        "max(meanNeg - pos + 0.25, 0) + max(closestNeg - pos + 0.25, 0), where closestNeg is the " +
        "largest off-diagonal similarity that is <= pos (that term is 0 when there is none). " +
        "What is the sum of the three row losses?",
      tolerance: { absolute: 0.001 },
      answerKey: () =>
        batchTripletLoss(
          [
            [1, 0],
            [0.6, 0.8],
            [0, 1],
          ],
          [
            [0.8, 0.6],
            [0, 1],
            [0.6, 0.8],
          ],
          { margin: 0.25, closestNegative: "belowPositive", reduction: "sum" },
        ),
      explanation: (key) =>
        "S = [[0.8, 0, 0.6], [0.96, 0.8, 1], [0.6, 1, 0.8]]. Row 1: 0 + 0.05. Row 2: 0.43, and no " +
        `negative is <= 0.8, so + 0. Row 3: 0.25 + 0.05. Sum: ${key.toFixed(4)}.`,
      hint: "Row 2 has no off-diagonal similarity at or below its positive.",
    }),
    codeExercise<PairBatchArgs>({
      stem:
        "Write courseLoss(v1, v2, margin), the course's batch loss: v1 and v2 are number[][] of " +
        "shape [n, d] (n >= 2) with unit rows. With S = v1 v2^T, pos_i = S_ii, meanNeg_i = the " +
        "mean of S_ij over j != i and closestNeg_i = the largest S_ij (j != i) that is <= pos_i, " +
        "return the SUM over rows of max(meanNeg_i - pos_i + margin, 0) + " +
        "max(closestNeg_i - pos_i + margin, 0), where the second term is 0 for a row with no " +
        "such negative.",
      functionName: "courseLoss",
      signature: "courseLoss(v1: number[][], v2: number[][], margin: number): number",
      argumentNames: ["v1", "v2", "margin"],
      starter:
        "function courseLoss(v1: number[][], v2: number[][], margin: number): number {\n  // S = v1 v2^T; sum of the row losses\n}",
      fixedCases: PAIR_BATCH_FIXED_CASES,
      randomCases: 20,
      seed: 404,
      makeCase: makePairBatchCase,
      reference: (v1, v2, margin) =>
        batchTripletLoss(v1, v2, { margin, closestNegative: "belowPositive", reduction: "sum" }),
      tolerance: { absolute: 1e-4, relative: 1e-4 },
      explanation:
        "This is the loss the course trains with. siamese-lab's batchTripletLoss(v1, v2, " +
        "{ margin, closestNegative: 'belowPositive', reduction: 'sum' }) computes it on tensors, " +
        "with gradients, inside the training loop.",
    }),
  ],
});
